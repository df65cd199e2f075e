/// What the progress store tells the learner, in English and Simplified Chinese (written like ``EngineText``).
///
/// `%1`, `%2`, … are replaced by the arguments.
public enum ProgressText: BilingualText {
    /// A save failed: `%1` the file, `%2` the system's reason.
    case saveFailed
    /// Another tutor holds the lesson: `%1` the lesson id, `%2` its process id.
    case readOnly
    /// The log reached ``ProgressLimits/maximumLines``: `%1` the limit.
    case logFull
    /// The last resume crashed while replaying: `%1` the line number, `%2` the line, `%3` how many lines
    /// followed it, `%4` the file they were moved to.
    case replayCrashed
    /// Saved progress could not be used: `%1` the lesson id, `%2` why, `%3` where the file was moved.
    case setAside


    public var english: String {
        switch self {
        case .saveFailed:
            return "k8s-tutor: your progress could not be saved to %1 (%2). You can go on, but until saving works again nothing is kept; this message is shown once."
        case .readOnly:
            return "k8s-tutor: lesson %1 is open in another k8s-tutor (process %2). You can go on here, but this session does not save progress; quit the other one and start the lesson again to save it here."
        case .logFull:
            return "k8s-tutor: this lesson has reached the limit of %1 saved lines. Further lines still run but are not saved; type `reset lesson` to start over."
        case .replayCrashed:
            return "k8s-tutor: last time, replaying your saved progress stopped the program at line %1 (`%2`). That line and the %3 after it were moved to %4, and the lesson resumes just before it."
        case .setAside:
            return "k8s-tutor: saved progress for %1 could not be used (%2); it was moved to %3"
        }
    }

    public var chinese: String {
        switch self {
        case .saveFailed:
            return "k8s-tutor：无法把学习进度保存到 %1（%2）。你可以继续学习，但在恢复保存之前，进度不会被保留；此消息只显示一次。"
        case .readOnly:
            return "k8s-tutor：课程 %1 已在另一个 k8s-tutor（进程 %2）中打开。你可以在这里继续，但本会话不会保存进度；如需在这里保存，请退出另一个，再重新开始本课程。"
        case .logFull:
            return "k8s-tutor：本课程已保存的命令达到上限 %1 行。之后输入的命令仍会执行，但不再保存；输入 `reset lesson` 可重新开始。"
        case .replayCrashed:
            return "k8s-tutor：上次重放已保存的进度时，程序在第 %1 行（`%2`）意外退出。该行及其后的 %3 行已移到 %4，课程从该行之前继续。"
        case .setAside:
            return "k8s-tutor：课程 %1 的已保存进度无法使用（%2）；该文件已移到 %3"
        }
    }
}
