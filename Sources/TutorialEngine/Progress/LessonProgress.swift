/// What is saved about one lesson: enough to show progress in listings and to rebuild the session by replay.
public struct LessonProgress: Codable, Hashable, Sendable {
    /// The file format version (1).
    public var format: Int
    /// The lesson id.
    public var lessonID: String
    /// The lesson's content hash when the progress was written.
    public var contentHash: String
    /// The language in use.
    public var language: String
    /// The seed of the cluster.
    public var seed: UInt64
    /// The id of the step being worked on (the first unfinished one), or nil when the lesson is finished.
    public var currentStep: String?
    /// Ids of finished steps, in order.
    public var completedSteps: [String]
    /// Hints shown, per step id.
    public var hintsUsed: [String: Int]
    /// Steps whose solution was run.
    public var solutionViewed: [String]
    /// Whether every step is finished.
    public var finished: Bool
    /// Every line typed, for replay.
    public var log: [LoggedLine]

    /// Progress.
    public init(lessonID: String, contentHash: String, language: String, seed: UInt64, currentStep: String?,
                completedSteps: [String] = [], hintsUsed: [String: Int] = [:], solutionViewed: [String] = [],
                finished: Bool = false, log: [LoggedLine] = []) {
        self.format = 1
        self.lessonID = lessonID
        self.contentHash = contentHash
        self.language = language
        self.seed = seed
        self.currentStep = currentStep
        self.completedSteps = completedSteps
        self.hintsUsed = hintsUsed
        self.solutionViewed = solutionViewed
        self.finished = finished
        self.log = log
    }
}
