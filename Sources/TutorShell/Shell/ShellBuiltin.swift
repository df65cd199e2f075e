/// The shell's own words: leaving, help, the screen, and choosing lessons.
enum ShellBuiltin: String, CaseIterable {
    case help, exit, quit, clear, learn, lessons

    /// One line of help.
    var summary: String {
        switch self {
        case .help: return "show this help (kubectl --help: the kubectl commands)"
        case .exit, .quit: return "leave the tutor (Ctrl-D works too)"
        case .clear: return "clear the screen"
        case .learn: return "start or resume a lesson: learn pod-termination"
        case .lessons: return "list the lessons and your progress"
        }
    }
}
