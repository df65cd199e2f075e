/// `k8s-tutor lesson lint`: static checks of lesson folders with compiler-style diagnostics.
///
/// Reports unknown or misspelt fields, wrong types, missing fields, undefined steps/checks/hints/bindings,
/// kubectl commands that do not parse, host commands in solutions, manifests the cluster rejects, missing or
/// extra text sections, placeholders that differ between languages, unreachable steps, and file references that
/// leave the lesson folder. Errors make the lint fail; warnings do not.
public enum LessonLinter {
    /// Diagnostics for every lesson under `paths` (lesson folders or folders of lesson folders).
    public static func lint(paths: [String]) -> [Diagnostic] {
        let (folders, problems) = LessonPaths.folders(paths)
        return problems + folders.flatMap { lintLesson(at: $0) }
    }

    /// Diagnostics for one lesson folder, ordered by file, line and column.
    public static func lintLesson(at folder: String) -> [Diagnostic] {
        var context = LessonLintContext(folder: LessonPaths.trimmed(folder))
        context.run()
        return context.diagnostics.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    }

    /// Whether any diagnostic is an error.
    public static func hasErrors(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.contains { $0.severity == .error }
    }

    /// The text `lesson lint` prints: one rendered line per diagnostic, then `N errors, N warnings`.
    public static func report(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return diagnostics.map { $0.rendered + "\n" }.joined()
            + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
    }
}
