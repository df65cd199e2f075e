import Foundation

/// Builds prompt strings for ``LineEditor`` with colors libedit can measure.
///
/// libedit counts every byte of the prompt as a column unless it is wrapped in the ignore
/// character `\u{1}` (``LineEditor`` registers the prompt with `EL_PROMPT_ESC` and `\1`). Every SGR
/// sequence produced here is wrapped that way, so the line wraps at the right column. Adjacent
/// sequences share one pair: libedit 20221030 mishandles `\1\1` (it drops the rest of the prompt).
///
///     let colors = Prompt.colorsEnabled(environment: ProcessInfo.processInfo.environment)
///     editor.prompt = Prompt.build([
///         PromptSegment("k8s-tutor", style: PromptStyle(color: .green, bold: true)),
///         PromptSegment(" [t+37s]> "),
///     ], colors: colors)
public enum Prompt {
    /// The character libedit skips when measuring the prompt.
    public static let ignoreMarker: Character = "\u{1}"

    /// Whether prompts should be colored: not when `NO_COLOR` is set to a non-empty value
    /// (no-color.org) or `TERM` is `dumb`.
    public static func colorsEnabled(environment: [String: String]) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return true
    }

    /// Joins the segments, wrapping each segment's SGR start and reset in `\u{1}` pairs when
    /// `colors` is true and leaving the text plain otherwise.
    public static func build(_ segments: [PromptSegment], colors: Bool) -> String {
        var result = ""
        for segment in segments {
            guard colors, let parameters = segment.style.sgrParameters, !segment.text.isEmpty else {
                result += segment.text
                continue
            }
            result += "\u{1}\u{1B}[\(parameters)m\u{1}" + segment.text + "\u{1}\u{1B}[0m\u{1}"
        }
        // libedit mis-draws two ignored regions that touch (`\1…\1\1…\1`): it prints the second one's
        // bytes as text and drops what follows. Join them into one region.
        return result.replacingOccurrences(of: "\u{1}\u{1}", with: "")
    }

    /// The prompt as the learner sees it: ignore-wrapped sequences removed.
    public static func visibleText(_ prompt: String) -> String {
        var result = ""
        var ignoring = false
        for character in prompt {
            if character == ignoreMarker {
                ignoring.toggle()
            } else if !ignoring {
                result.append(character)
            }
        }
        return result
    }
}
