import Sandbox

/// What `LessonSession.handle(line:host:)` did with a line.
public enum LessonReply: Sendable {
    /// A meta-command (`hint`, `next`, …) was handled.
    case meta
    /// The line ran in the sandbox.
    case command(CommandOutcome)
    /// The lesson refused the command (a forbidden or ahead-of-time command); the explanation was printed.
    case refused
    /// The first word is neither a meta-command nor a shell-language command; nothing was printed, so the
    /// shell can try its own commands or word the error.
    case unknownCommand(String)
    /// The learner typed `play`: leave the lesson, keeping `session.sandbox` as the free shell's sandbox.
    case leave
}
