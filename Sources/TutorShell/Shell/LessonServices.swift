import TutorialEngine

/// What the shell needs to offer lessons: the catalog, where progress goes, the language and the terminal.
///
/// The catalog is loaded on first use: parsing every lesson costs tens of milliseconds, which a free
/// shell that never opens a lesson should not pay at start-up.
public final class LessonServices {
    private let loadCatalog: () -> LessonCatalog
    private var loadedCatalog: LessonCatalog?
    /// Where progress is saved (nil: nowhere, as in tests).
    public let store: ProgressStore?
    /// The learner's language (`en` or `zh-CN`), or nil to use each lesson's first language.
    public let language: String?
    /// How lesson text is styled.
    public let style: TerminalStyle
    /// The terminal width for wrapping lesson text.
    public let width: Int

    /// Creates the services with a catalog that is built when first needed.
    public init(
        catalog: @escaping @autoclosure () -> LessonCatalog, store: ProgressStore?, language: String?,
        style: TerminalStyle, width: Int
    ) {
        self.loadCatalog = catalog
        self.store = store
        self.language = language
        self.style = style
        self.width = width
    }

    /// Every lesson available.
    public var catalog: LessonCatalog {
        if let loadedCatalog { return loadedCatalog }
        let catalog = loadCatalog()
        loadedCatalog = catalog
        return catalog
    }

    /// Options for a lesson session with `seed`, seeing files in `realDirectory`.
    ///
    /// The session gets no catalog: the shell answers `lessons` itself from its lazily loaded one.
    func sessionOptions(seed: UInt64, realDirectory: String?) -> LessonSessionOptions {
        LessonSessionOptions(
            seed: seed, language: language, width: width, style: style, store: store, catalog: nil,
            realDirectory: realDirectory)
    }
}
