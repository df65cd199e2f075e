/// The tutor's version, printed by `k8s-tutor --version`.
public enum TutorVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}
