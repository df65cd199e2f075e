/// The engine's own words (not lesson prose) in English and Simplified Chinese.
///
/// `%1`, `%2` are replaced by the arguments.
public enum EngineText: BilingualText {
    case stepHeader
    case stepDone
    case checklist
    case checkPassed
    case checkNotYet
    case lessonFinished
    case nextForRead
    case notDoneYet
    case useHintOrSolution
    case hintAvailable
    case noHintYet
    case lastHint
    case hintHeader
    case solutionConfirm
    case solutionCancelled
    case metaNotPiped
    case solutionReplaying
    case solutionIncomplete
    case alreadyDone
    case reviewing
    case resetStep
    case resetLesson
    case atFirstStep
    case atLastStep
    case progressLine
    case progressHints
    case progressSolutions
    case languageSwitched
    case languageUnknown
    case aheadOfStep
    case refused
    case leavingToPlay
    case resumed
    case lessonChanged
    case unknownArgument
    case finishedAlready


    public var english: String {
        switch self {
        case .stepHeader: return "Step %1 of %2"
        case .stepDone: return "Step done."
        case .checklist: return "Checklist:"
        case .checkPassed: return "done"
        case .checkNotYet: return "not yet"
        case .lessonFinished: return "Lesson complete."
        case .nextForRead: return "Type `next` to continue."
        case .notDoneYet: return "This step is not done yet:"
        case .useHintOrSolution: return "Type `hint` for a hint, or `solution` to see it done."
        case .hintAvailable: return "A hint is available: type `hint`."
        case .noHintYet: return "No hint yet: try something first. Type `task` to see the step again."
        case .lastHint: return "That was the last hint. Type `solution` to have the step done for you."
        case .hintHeader: return "Hint:"
        case .solutionConfirm: return "Run the solution of this step? It replays the commands from the start of the step and is recorded in your progress. Type `y` to confirm."
        case .solutionCancelled: return "Solution not shown."
        case .metaNotPiped: return "`%1` is a lesson command and cannot be piped; pipes work after kubectl, echo, cat, ls, date, clock, help and lessons."
        case .solutionReplaying: return "Solution:"
        case .solutionIncomplete: return "The solution did not complete the step; type `reset` to start the step again."
        case .alreadyDone: return "You have done this step already."
        case .reviewing: return "(Reviewing a finished step. Type `next` to return.)"
        case .resetStep: return "Back to the start of step %1."
        case .resetLesson: return "The lesson starts over with a fresh cluster."
        case .atFirstStep: return "This is the first step."
        case .atLastStep: return "This is the last step."
        case .progressLine: return "%1: step %2 of %3 (%4 done)"
        case .progressHints: return "Hints used: %1"
        case .progressSolutions: return "Solutions viewed: %1"
        case .languageSwitched: return "Language: English."
        case .languageUnknown: return "Unknown language '%1'. Available: %2."
        case .aheadOfStep: return "Not yet: that belongs to step %1. Finish the current step first (type `task` to see it)."
        case .refused: return "(not run)"
        case .leavingToPlay: return "Leaving the lesson; the cluster stays as it is. Your progress is saved: `learn %1` resumes it."
        case .resumed: return "Resuming where you left off (step %1 of %2)."
        case .lessonChanged: return "Note: the lesson has changed since your last session; your commands were replayed on the new version."
        case .unknownArgument: return "Usage: %1"
        case .finishedAlready: return "The lesson is complete. Type `reset lesson` to start again, or `play` to keep experimenting."
        }
    }

    public var chinese: String {
        switch self {
        case .stepHeader: return "第 %1 步，共 %2 步"
        case .stepDone: return "本步骤完成。"
        case .checklist: return "检查项："
        case .checkPassed: return "已完成"
        case .checkNotYet: return "未完成"
        case .lessonFinished: return "课程完成。"
        case .nextForRead: return "输入 `next` 继续。"
        case .notDoneYet: return "本步骤尚未完成："
        case .useHintOrSolution: return "输入 `hint` 获取提示，或输入 `solution` 查看解答。"
        case .hintAvailable: return "有一条新提示：输入 `hint` 查看。"
        case .noHintYet: return "暂时没有提示：请先动手试一试。输入 `task` 重新查看本步骤。"
        case .lastHint: return "这是最后一条提示。输入 `solution` 让系统替你完成本步骤。"
        case .hintHeader: return "提示："
        case .solutionConfirm: return "要运行本步骤的解答吗？它会从本步骤开始处重放命令，并记录在你的进度中。输入 `y` 确认。"
        case .solutionCancelled: return "未显示解答。"
        case .metaNotPiped: return "`%1` 是课程命令，不能接管道；管道可用在 kubectl、echo、cat、ls、date、clock、help 和 lessons 之后。"
        case .solutionReplaying: return "解答："
        case .solutionIncomplete: return "解答没有完成本步骤；输入 `reset` 重新开始本步骤。"
        case .alreadyDone: return "你已经完成了这一步。"
        case .reviewing: return "（正在回顾已完成的步骤。输入 `next` 返回。）"
        case .resetStep: return "回到第 %1 步的开始。"
        case .resetLesson: return "课程从头开始，使用一个全新的集群。"
        case .atFirstStep: return "这已经是第一步。"
        case .atLastStep: return "这已经是最后一步。"
        case .progressLine: return "%1：第 %2 步，共 %3 步（已完成 %4 步）"
        case .progressHints: return "已用提示：%1"
        case .progressSolutions: return "已查看解答：%1"
        case .languageSwitched: return "语言：简体中文。"
        case .languageUnknown: return "未知语言“%1”。可用：%2。"
        case .aheadOfStep: return "还没到时候：这是第 %1 步的内容。请先完成当前步骤（输入 `task` 查看）。"
        case .refused: return "（未执行）"
        case .leavingToPlay: return "离开课程；集群保持现状。你的进度已保存：`learn %1` 可以继续。"
        case .resumed: return "从上次离开的地方继续（第 %1 步，共 %2 步）。"
        case .lessonChanged: return "注意：课程自上次学习以来已更新；你的命令已在新版本上重放。"
        case .unknownArgument: return "用法：%1"
        case .finishedAlready: return "课程已完成。输入 `reset lesson` 重新开始，或输入 `play` 继续实验。"
        }
    }
}
