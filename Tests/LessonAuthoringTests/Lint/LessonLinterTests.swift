import LessonAuthoring
import Testing

/// Each broken fixture reports its class of error with the exact message, line and column.
@Suite struct LessonLinterTests {
    static func lint(_ name: String) -> [String] {
        LessonLinter.lintLesson(at: RepositoryPaths.fixture(name)).map { String($0.rendered.dropFirst(RepositoryPaths.root.count + 1)) }
    }

    static func path(_ name: String, _ file: String = "lesson.yaml") -> String {
        "Tests/LessonAuthoringTests/Fixtures/\(name)/\(file)"
    }

    @Test func validFixtureHasNoDiagnostics() {
        #expect(Self.lint("valid-demo") == [])
    }

    @Test func aliasBombsFailAtOnce() {
        #expect(Self.lint("alias-bomb") == [
            "\(Self.path("alias-bomb", "app.yaml")):1:1: warning: 'app.yaml' is not listed under 'files' in lesson.yaml; the learner will not see it",
            "\(Self.path("alias-bomb")):1:1: error: yaml: document contains excessive aliasing",
        ])
        #expect(Self.lint("manifest-alias-bomb") == ["\(Self.path("manifest-alias-bomb", "app.yaml")):1:1: error: yaml: document contains excessive aliasing"])
    }

    @Test func unknownFieldSuggestsTheRightOne() {
        #expect(Self.lint("unknown-field") == [
            "\(Self.path("unknown-field")):20:5: error: unknown field 'chekcs' in step 'apply'; did you mean 'checks'?"
        ])
    }

    @Test func wrongTypes() {
        #expect(Self.lint("wrong-type") == [
            "\(Self.path("wrong-type")):1:9: error: 'schema' in the lesson must be an integer, found a string",
            "\(Self.path("wrong-type")):26:18: error: 'count' in 'state' of check 'running' in step 'apply' must be an integer, found a string",
        ])
    }

    @Test func missingRequiredField() {
        #expect(Self.lint("missing-field") == ["\(Self.path("missing-field")):31:5: error: missing required field 'kind' in step 'look'"])
    }

    @Test func undefinedStepsChecksAndBindings() {
        #expect(Self.lint("undefined-reference") == [
            "\(Self.path("undefined-reference")):8:9: error: binding 'pod' is resolved at step 'lok', which is not defined; did you mean 'look'?",
            "\(Self.path("undefined-reference")):28:27: error: hint 'file' unlocks while check 'runing' fails, but step 'apply' has no such check; did you mean 'running'?",
            "\(Self.path("undefined-reference")):38:42: error: placeholder {pdo} in 'observed.name' of check 'saw-pod' in step 'look' is not a binding; did you mean {pod}?",
            "\(Self.path("undefined-reference", "text/en.md")):25:1: error: placeholder {pdo} in section 'step.look' is not a binding; did you mean {pod}?",
            "\(Self.path("undefined-reference", "text/zh-CN.md")):25:1: error: placeholder {pdo} in section 'step.look' is not a binding; did you mean {pod}?",
        ])
    }

    @Test func commandsThatDoNotParse() {
        #expect(Self.lint("bad-command") == [
            "\(Self.path("bad-command")):30:9: error: solution line 'kubectl apply -f app.yaml --frobnicate' does not parse: error: unknown flag: --frobnicate",
            "\(Self.path("bad-command")):34:9: error: 'kubectl gett pods' in 'expect[0]' of step 'look' is not a kubectl command this shell understands: error: unknown command \"gett\" for \"kubectl\"",
        ])
    }

    @Test func hostCommandsAreRejected() {
        #expect(Self.lint("host-command") == [
            "\(Self.path("host-command")):31:9: error: 'rm -rf /tmp/x' in 'solution[2]' of step 'apply' is not a line of the shell language: lessons may only run kubectl, k, sleep, ls, cat, echo, date and clock (never host commands)"
        ])
    }

    @Test func manifestsAreValidatedByTheCluster() {
        #expect(Self.lint("bad-manifest") == [
            "\(Self.path("bad-manifest", "app.yaml")):19:15: error: the cluster rejects this manifest: The Deployment \"demo\" is invalid: spec.template.spec.containers[0].ports[0].containerPort: Required value"
        ])
    }

    @Test func missingTranslation() {
        #expect(Self.lint("missing-translation") == [
            "\(Self.path("missing-translation", "text/zh-CN.md")):21:1: error: text missing in zh-CN: no section '## hint.apply.file' for hint 'file' of step 'apply' (text/en.md has it at line 21); add '## hint.apply.file' before line 21"
        ])
    }

    @Test func placeholdersDifferBetweenLanguages() {
        #expect(Self.lint("placeholder-mismatch") == [
            "\(Self.path("placeholder-mismatch", "text/zh-CN.md")):29:1: error: placeholders in section 'check.look.saw-pod' differ from text/en.md: missing {pod}; use the same placeholders in every language"
        ])
    }

    @Test func unreachableSteps() {
        #expect(Self.lint("unreachable-step") == [
            "\(Self.path("unreachable-step")):21:13: error: check 'running' in step 'apply' uses {pod}, which is resolved only when step 'look' begins: the check can never pass, so step 'apply' never completes and the 1 step after it is unreachable; resolve binding 'pod' at step 'apply' or earlier"
        ])
    }

    @Test func fileReferencesStayInTheFolder() {
        #expect(Self.lint("escaping-files") == [
            "\(Self.path("escaping-files")):6:5: error: '../secret.yaml' in 'files[1]' of the lesson leaves the lesson folder: file references must be relative paths inside it (no '..', no absolute path, no '~')",
            "\(Self.path("escaping-files")):32:9: error: '/etc/passwd' leaves the lesson folder; lessons may only read their own files; list the file under 'files' and use its name",
        ])
    }

    @Test func symbolicLinksOutOfTheFolderAreRejected() {
        let lines = Self.lint("symlink-out")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("\(Self.path("symlink-out", "linked.yaml")):1:1: error: 'linked.yaml' is a symbolic link to '") == true)
        #expect(lines.first?.hasSuffix("RepositoryPaths.swift', outside the lesson folder; copy the file into the lesson folder; lesson files cannot reach outside it") == true)
    }

    @Test func scenarioFilesAreChecked() {
        #expect(Self.lint("bad-scenario") == [
            "\(Self.path("bad-scenario", "tests/wrong.yaml")):5:9: error: 'curl http://example.com' runs 'curl', which is neither the shell language nor a lesson meta-command; lessons never run host commands",
            "\(Self.path("bad-scenario", "tests/wrong.yaml")):7:20: error: scenario 'typo' expects hintShown 'comand', but there is no such hint of step 'look'; did you mean 'command'?",
            "\(Self.path("bad-scenario", "tests/wrong.yaml")):8:9: error: unknown field 'refussed' in 'expect[1]' of scenario 'typo'; did you mean 'refused'?",
        ])
    }

    @Test func reportEndsWithTotalsAndWarningsDoNotFail() {
        let warning = Diagnostic(file: "a/lesson.yaml", line: 2, column: 3, severity: .warning, message: "m")
        #expect(!LessonLinter.hasErrors([warning]))
        #expect(LessonLinter.report([warning]) == "a/lesson.yaml:2:3: warning: m\n0 errors, 1 warning\n")
    }

    @Test func pathsWithoutLessonsAreReported() {
        let folder = RepositoryPaths.root + "/Tests/LessonAuthoringTests/Support"
        #expect(LessonLinter.lint(paths: [folder + "/"]).map(\.rendered) == ["\(folder):1:1: error: no lesson.yaml in '\(folder)' or in its subfolders"])
    }
}
