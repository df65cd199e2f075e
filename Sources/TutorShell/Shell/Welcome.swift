/// The greetings the shell prints when it starts on a terminal.
enum Welcome {
    private static func bold(_ text: String, _ colors: Bool) -> String { colors ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    /// Before the free shell's first prompt.
    static func play(colors: Bool) -> String {
        bold("k8s-tutor", colors) + ": a simulated Kubernetes cluster. Type kubectl commands, help for more, Ctrl-D to leave.\n"
            + "ls shows your files and the tutorial's manifests (kubectl apply -f pod-with-graceful-termination.yaml).\n"
    }

    /// Above the lesson list when nothing is in progress.
    static func lessons(colors: Bool) -> String {
        bold("Welcome to k8s-tutor", colors) + " — learn Kubernetes against a simulated cluster.\n\nLessons:\n"
    }

    /// Below the lesson list.
    static func howToStart(language: String, firstLesson: String?) -> String {
        let lesson = firstLesson ?? "<lesson>"
        if language == "zh-CN" {
            return "输入 learn \(lesson) 开始课程；也可以直接输入 kubectl 命令自由练习（help 查看帮助）。\n"
        }
        return "Type learn \(lesson) to start a lesson, or type kubectl commands to experiment (help for more).\n"
    }
}
