/// The built-in filters a pipe can lead to, and how each is made from its arguments.
enum FilterCommand: String, CaseIterable, Sendable {
    case grep, head, tail, wc, sort, uniq, cut, awk, jq

    /// The options it has, for the refusal of one it lacks.
    var supportedOptions: String {
        switch self {
        case .grep: return "-i -v -E -F -c -w -x -n -q -e PATTERN"
        case .head: return "-n N, -n -N, -N"
        case .tail: return "-n N, -n +N, -N"
        case .wc: return "-l -w -c -m"
        case .sort: return "-r -n -u -f -b -s -k N[,M] -t SEP"
        case .uniq: return "-c -d -u -i"
        case .cut: return "-d X -f LIST, -c LIST, -b LIST, -s"
        case .awk: return "-F SEP"
        case .jq: return "-r -c -j -n"
        }
    }

    /// The filter for `arguments`, or a stage that reports why they are wrong.
    func make(_ arguments: [String], language: String) -> any TextFilter {
        let result: Result<any TextFilter, FailedFilter>
        switch self {
        case .grep: result = GrepFilter.make(arguments, language: language).map { $0 }
        case .head: result = HeadFilter.make(arguments, language: language).map { $0 }
        case .tail: result = TailFilter.make(arguments, language: language).map { $0 }
        case .wc: result = WcFilter.make(arguments, language: language).map { $0 }
        case .sort: result = SortFilter.make(arguments, language: language).map { $0 }
        case .uniq: result = UniqFilter.make(arguments, language: language).map { $0 }
        case .cut: result = CutFilter.make(arguments, language: language).map { $0 }
        case .awk: result = AwkFilter.make(arguments, language: language).map { $0 }
        case .jq: result = JqFilter.make(arguments, language: language).map { $0 }
        }
        switch result {
        case .success(let filter): return filter
        case .failure(let failed): return failed
        }
    }
}
