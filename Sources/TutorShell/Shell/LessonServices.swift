import TutorialEngine

/// What the shell needs to offer lessons: the catalog, where progress goes, the language and the terminal.
public struct LessonServices: Sendable {
    /// Every lesson available.
    public var catalog: LessonCatalog
    /// Where progress is saved (nil: nowhere, as in tests).
    public var store: ProgressStore?
    /// The learner's language (`en` or `zh-CN`), or nil to use each lesson's first language.
    public var language: String?
    /// How lesson text is styled.
    public var style: TerminalStyle
    /// The terminal width for wrapping lesson text.
    public var width: Int

    /// Creates the services.
    public init(catalog: LessonCatalog, store: ProgressStore?, language: String?, style: TerminalStyle, width: Int) {
        self.catalog = catalog
        self.store = store
        self.language = language
        self.style = style
        self.width = width
    }

    /// Options for a lesson session with `seed`, seeing files in `realDirectory`.
    func sessionOptions(seed: UInt64, realDirectory: String?) -> LessonSessionOptions {
        LessonSessionOptions(
            seed: seed, language: language, width: width, style: style, store: store, catalog: catalog,
            realDirectory: realDirectory)
    }
}
