import ClusterModel
import Testing

@testable import Kubectl

/// Manifests cannot drive the learner's terminal (issue 18): escape sequences in annotations, image names and the
/// events that quote them are printed as kubectl's printers escape them, or visibly where kubectl prints raw.
@Suite struct TerminalInjectionTests {
    private static let manifest = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: esc
          annotations:
            title: "\\e]0;pwned\\a\\e[2J\\e]52;c;aGVsbG8=\\a"
        spec:
          replicas: 1
          selector:
            matchLabels: {app: esc}
          template:
            metadata:
              labels: {app: esc}
            spec:
              containers:
              - name: nginx
                image: "nginx\\e[2J"
        """

    private func session() -> KubectlSession {
        let session = KubectlSession(files: ["esc.yaml": Self.manifest])
        session.run("apply -f esc.yaml")
        session.cluster.advance(by: 30)
        return session
    }

    @Test func noPrinterWritesAnEscapeCharacterToATerminal() {
        let session = session()
        session.host.isTerminal = true
        for line in [
            "get deployments -o wide", "describe deployment esc", "describe pods", "get events", "events",
            "get deployments -o custom-columns=TITLE:.metadata.annotations.title", "get deployment esc -o jsonpath={.metadata.annotations.title}",
            "get deployment esc -o yaml", "get deployment esc -o json", "get pods -o wide",
        ] {
            let output = session.run(line)
            #expect(!output.combined.unicodeScalars.contains("\u{1B}"), Comment(rawValue: line))
        }
    }

    @Test func tablesAndDescribeEscapeAsKubectlDoes() {
        let session = session()
        let wide = session.run("get deployments -o wide").stdout
        #expect(wide.contains("nginx^[[2J   app=esc\n"))
        let describe = session.run("describe deployment esc").stdout
        #expect(describe.contains("Annotations:            deployment.kubernetes.io/revision: 1\n                        title: ^[]0;pwned\u{7}^[[2J^[]52;c;aGVsbG8=\u{7}\n"))
        #expect(describe.contains("    Image:         nginx^[[2J\n"))
        #expect(session.run("get events").stdout.contains("Pulling image \"nginx^[[2J\""))
        #expect(session.run("get deployments -o custom-columns=TITLE:.metadata.annotations.title").stdout == "TITLE\n^[]0;pwned\u{7}^[[2J^[]52;c;aGVsbG8=\u{7}\n")
    }

    @Test func jsonpathIsRawInAPipeAndVisibleOnATerminal() {
        let session = session()
        let template = "get deployment esc -o jsonpath={.metadata.annotations.title}"
        #expect(session.run(template).stdout == "\u{1B}]0;pwned\u{7}\u{1B}[2J\u{1B}]52;c;aGVsbG8=\u{7}")
        session.host.isTerminal = true
        #expect(session.run(template).stdout == "^[]0;pwned^G^[[2J^[]52;c;aGVsbG8=^G")
    }

    @Test func aCellIsCutAtALineBreak() {
        #expect(TablePrinter.sanitize("two\nlines\u{1B}") == "two...")
        #expect(TablePrinter.sanitize("a\u{1B}[31mred") == "a^[[31mred")
    }
}
