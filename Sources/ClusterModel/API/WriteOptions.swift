/// The options of a write request (create, update, patch): the query parameters a real API server reads.
public struct WriteOptions: Sendable, Equatable {
    /// `fieldValidation`: what to do with fields the schema does not know.
    public var fieldValidation: FieldValidation
    /// `dryRun=All`: admit and validate the request, return what would be stored, and store nothing.
    public var dryRun: Bool

    /// Options with kubectl's defaults: strict field validation, no dry run.
    public init(fieldValidation: FieldValidation = .strict, dryRun: Bool = false) {
        self.fieldValidation = fieldValidation
        self.dryRun = dryRun
    }
}
