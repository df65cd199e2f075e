import Testing

@testable import TutorialEngine

@Suite struct LessonLoaderTests {
    static let yaml = """
        schema: 1
        id: tiny
        languages: [en, zh-CN]
        bindings:
          - name: pod
            at: look
            query: {resource: pods, selector: app=web}
        steps:
          - id: look
            kind: observe
            checks:
              - id: saw
                observed: {resource: po, name: "{pod}"}
            solution: [kubectl get pods]
        """

    static func texts(extra: String = "", pod: String = "{pod}") -> String {
        """
        ## title

        Tiny

        ## summary

        A test lesson.

        ## step.look

        Look at \(pod).

        ## check.look.saw

        You saw \(pod)
        \(extra)
        ## finish

        Done.
        """
    }

    static func bundle(yaml: String = yaml, en: String = texts(), zh: String = texts()) -> LessonBundle {
        LessonBundle(id: "tiny", files: ["lesson.yaml": yaml, "text/en.md": en, "text/zh-CN.md": zh], origin: "built-in")
    }

    static func error(_ bundle: LessonBundle) -> String? {
        do {
            _ = try LessonLoader.load(bundle)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func loadsAValidLesson() throws {
        let lesson = try LessonLoader.load(Self.bundle())
        #expect(lesson.definition.steps.map(\.id) == ["look"])
        #expect(lesson.text("step.look", language: "zh-CN") == "Look at {pod}.")
    }

    @Test func reportsUnknownFieldsWithLineAndColumn() {
        let yaml = Self.yaml.replacingOccurrences("observed: {resource: po", with: "observd: {resource: po")
        #expect(Self.error(Self.bundle(yaml: yaml)) == "lessons/tiny/lesson.yaml:13:9: steps[0].checks[0]: unknown field 'observd' (allowed: id, state, observed, clock, event, traffic, any)")
    }

    @Test func reportsMissingFields() {
        let yaml = Self.yaml.replacingOccurrences("    kind: observe\n", with: "")
        #expect(Self.error(Self.bundle(yaml: yaml))?.hasSuffix("steps[0]: missing field 'kind'") == true)
    }

    @Test func reportsAMissingSection() {
        let en = Self.texts().replacingOccurrences("## check.look.saw\n\nYou saw {pod}\n", with: "")
        #expect(Self.error(Self.bundle(en: en)) == "lessons/tiny/text/en.md: missing section '## check.look.saw'")
    }

    @Test func reportsAnExtraSectionWithItsLine() {
        let en = Self.texts(extra: "\n## hint.look.nope\n\nNo.\n")
        #expect(Self.error(Self.bundle(en: en)) == "lessons/tiny/text/en.md:17:1: section '## hint.look.nope' does not belong to any step, check, hint or rule of lesson.yaml")
    }

    @Test func reportsUnknownPlaceholders() {
        let en = Self.texts(pod: "{pdo}")
        #expect(Self.error(Self.bundle(en: en)) == "lessons/tiny/text/en.md:9:1: section 'step.look': unknown placeholder {pdo}")
        let yaml = Self.yaml.replacingOccurrences("name: \"{pod}\"", with: "name: \"{pdo}\"")
        #expect(Self.error(Self.bundle(yaml: yaml))?.contains("unknown placeholder {pdo}") == true)
    }

    @Test func reportsPlaceholdersThatDifferBetweenLanguages() {
        let zh = Self.texts(pod: "the Pod")
        #expect(Self.error(Self.bundle(zh: zh)) == "lessons/tiny/text/zh-CN.md:9:1: section 'step.look' uses placeholders [] but text/en.md uses [\"pod\"]")
    }

    @Test func reportsLevelOneHeadingsAndTextBeforeSections() {
        #expect(Self.error(Self.bundle(en: "oops\n" + Self.texts())) == "lessons/tiny/text/en.md:1:1: text before the first '## <key>' section")
        let en = Self.texts().replacingOccurrences("Look at {pod}.", with: "# Look at {pod}.")
        #expect(Self.error(Self.bundle(en: en)) == "lessons/tiny/text/en.md:11:1: headings inside a section use ### or deeper; '#' and '##' are reserved")
    }

    @Test func reportsBadCommandsAndSelectors() {
        let yaml = Self.yaml.replacingOccurrences("solution: [kubectl get pods]", with: "solution: [kubectl get pods]\n    expect: [kubectl frobnicate]")
        #expect(Self.error(Self.bundle(yaml: yaml))?.contains("'kubectl frobnicate' is not a command this shell understands") == true)
        let selector = Self.yaml.replacingOccurrences("selector: app=web", with: "selector: \"app in (web\"")
        #expect(Self.error(Self.bundle(yaml: selector))?.contains("selector 'app in (web'") == true)
    }

    @Test func reportsYAMLSyntaxErrorsWithPosition() {
        let yaml = Self.yaml.replacingOccurrences("languages: [en, zh-CN]", with: "languages: [en, zh-CN")
        #expect(Self.error(Self.bundle(yaml: yaml))?.hasPrefix("lessons/tiny/lesson.yaml:4:") == true)
    }

    @Test func theBuiltInLessonLoads() throws {
        let lesson = try LessonLoader.load(BuiltinLessons.bundles.first { $0.id == "pod-termination" }!)
        #expect(lesson.definition.steps.map(\.id) == [
            "intro", "apply", "list-slices", "inspect-slice", "start-traffic", "delete-pod", "watch-traffic", "watch-pods", "inspect-terminating",
            "after-grace",
        ])
        #expect(lesson.files.keys.sorted() == ["explore-graceful-termination-nginx.yaml", "pod-with-graceful-termination.yaml"])
    }
}
