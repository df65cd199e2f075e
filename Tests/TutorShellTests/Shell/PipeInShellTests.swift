import Kubectl
import Sandbox
import Testing
import TutorialEngine

@testable import TutorShell

/// Pipes as the shell runs them: its own commands into filters, help about pipes, and the line end before
/// the prompt.
@Suite("Pipes in the shell")
struct PipeInShellTests {
    /// Runs lines through a shell (interactive or not) and returns everything it printed.
    static func run(_ lines: [String], interactive: Bool, language: String = "en") -> BufferedOutput {
        let output = BufferedOutput()
        let configuration = ShellConfiguration(seed: 3, environment: [:], interactive: interactive, workingDirectory: nil)
        let services = LessonServices(
            catalog: LessonCatalog.standard(environment: [:], store: nil), store: nil, language: language,
            style: TerminalStyle(colors: false), width: 80)
        let shell = Shell(configuration: configuration, services: services, reader: ScriptedReader(lines), sink: output)
        _ = shell.run()
        return output
    }

    @Test("on a terminal, output without a final newline gets one before the prompt")
    func newlineBeforePrompt() {
        let line = "kubectl get namespace default -o jsonpath='{.metadata.name}'"
        #expect(Self.run([line, "echo next"], interactive: true).text == "default\nnext\n")
        #expect(Self.run(["echo done"], interactive: true).text == "done\n")
    }

    @Test("in script mode the bytes stay as the command printed them")
    func scriptModeUnchanged() {
        let line = "kubectl get namespace default -o jsonpath='{.metadata.name}'"
        #expect(Self.run([line, "echo next"], interactive: false).text == "defaultnext\n")
    }

    @Test("a pipe runs in the shell with the last filter's status")
    func pipeStatus() {
        let (output, status, _) = runScript(["echo a b c | wc -w", "echo x | grep y"])
        #expect(output.standardOutput == "3\n")
        #expect(status == 1)
    }

    @Test("help talks about pipes, in English and in Chinese")
    func helpMentionsPipes() {
        let english = Self.run(["help"], interactive: false).text
        #expect(english.contains("Pipes\n  command | filter …   e.g. kubectl get pods | grep web"))
        #expect(english.contains("built-in filters: grep, head, tail, wc, sort, uniq, cut, awk, jq (they run inside the tutor"))
        let chinese = Self.run(["help"], interactive: false, language: "zh-CN").text
        #expect(chinese.contains("管道\n  命令 | 过滤命令 …"))
        #expect(chinese.contains("内置过滤命令：grep, head, tail, wc, sort, uniq, cut, awk, jq"))
    }

    @Test("help and lessons can be piped; exit and learn cannot")
    func shellWordsIntoPipes() {
        let help = Self.run(["help | grep sleep"], interactive: false)
        #expect(
            help.standardOutput
                == "  sleep     let virtual time pass: sleep 30, sleep 2m, sleep 1h\n"
                + "Script mode: virtual time moves only with sleep and with commands that wait.\n")
        let lessons = Self.run(["lessons | grep -c readiness-probe"], interactive: false)
        #expect(lessons.standardOutput == "1\n")
        let exit = Self.run(["exit | grep x", "echo still here"], interactive: false)
        #expect(exit.standardError == "error: exit cannot be piped; pipes work after kubectl, echo, cat, ls, date, clock, help and lessons\n")
        #expect(exit.standardOutput == "still here\n")
    }

    @Test("a lesson command cannot be piped, and the lesson says so in its language")
    func lessonCommandsRefused() {
        let english = Self.run(["learn pod-termination", "task | grep Pod"], interactive: false).text
        #expect(english.contains("task is a lesson command and cannot be piped; pipes work after kubectl, echo,\ncat, ls, date, clock, help and lessons.\n"))
        let chinese = Self.run(["learn pod-termination", "lang zh-CN", "hint | wc -l"], interactive: false).text
        #expect(chinese.contains("hint 是课程命令，不能接管道；"))
    }

    @Test("in a lesson, a pipeline's kubectl command still counts as kubectl")
    func lessonPipelineRuns() {
        let output = Self.run(["learn pod-termination", "kubectl get pods | wc -l"], interactive: false).standardOutput
        #expect(output.hasSuffix("0\n") || output.contains("\n0\n"))
    }
}
