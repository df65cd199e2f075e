/// What became of a file a host opened in the user's editor (``KubectlHost/editInteractively(_:fileExtension:)``).
public enum EditorResult: Hashable, Sendable {
    /// The editor exited successfully: what the file holds now, and where it stays until
    /// ``KubectlHost/discardEditedFile(_:)`` (kubectl keeps the file when the edit cannot be applied, and names it).
    case saved(contents: String, path: String)
    /// The editor could not be started or failed, with kubectl's message (`unable to launch the editor "nano"`,
    /// `there was a problem with the editor "vi"`); no file is left behind.
    case failed(String)
    /// This host runs no editor (script mode, lesson checks, tests without one).
    case unavailable
}
