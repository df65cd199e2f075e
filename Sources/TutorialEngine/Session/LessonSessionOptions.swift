/// How a lesson session is set up: seed, language, terminal, and where progress goes.
public struct LessonSessionOptions: Sendable {
    /// The cluster seed (fixes every generated name).
    public var seed: UInt64
    /// The language; nil picks the lesson's first language (use `LanguagePreference.detect` for the locale).
    public var language: String?
    /// The terminal width in columns for wrapping.
    public var width: Int
    /// How styles are written (colours off with NO_COLOR or in script mode).
    public var style: TerminalStyle
    /// Where progress is saved; nil saves nothing (tests).
    public var store: ProgressStore?
    /// The lessons `lessons` lists; nil lists only this one.
    public var catalog: LessonCatalog?
    /// A real directory visible behind the lesson files in the working directory.
    public var realDirectory: String?

    /// Options.
    public init(seed: UInt64 = 1, language: String? = nil, width: Int = 80, style: TerminalStyle = TerminalStyle(colors: false),
                store: ProgressStore? = nil, catalog: LessonCatalog? = nil, realDirectory: String? = nil) {
        self.seed = seed
        self.language = language
        self.width = width
        self.style = style
        self.store = store
        self.catalog = catalog
        self.realDirectory = realDirectory
    }
}
