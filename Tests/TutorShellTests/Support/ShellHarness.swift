import TutorialEngine

@testable import TutorShell

/// Runs lines through a script-mode shell and returns what it printed and its exit status.
func runScript(_ lines: [String], seed: UInt64 = 7, workingDirectory: String? = nil) -> (output: BufferedOutput, status: Int32, reader: ScriptedReader) {
    let reader = ScriptedReader(lines)
    let output = BufferedOutput()
    let configuration = ShellConfiguration(seed: seed, environment: [:], interactive: false, workingDirectory: workingDirectory)
    let services = LessonServices(
        catalog: LessonCatalog.standard(environment: [:], store: nil), store: nil, language: "en",
        style: TerminalStyle(colors: false), width: 80)
    let shell = Shell(configuration: configuration, services: services, reader: reader, sink: output)
    let status = shell.run()
    return (output, status, reader)
}
