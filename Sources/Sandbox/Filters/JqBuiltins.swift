/// The jq builtins the built-in jq runs, and the names of jq 1.6's others (refused as not supported rather
/// than called undefined).
enum JqBuiltins {
    /// Supported builtins by name and arity.
    static let supported: [String: Set<Int>] = [
        "length": [0], "utf8bytelength": [0], "keys": [0], "keys_unsorted": [0], "values": [0], "not": [0], "empty": [0],
        "type": [0], "add": [0], "has": [1], "first": [0, 1], "last": [0, 1], "sort": [0], "sort_by": [1], "unique": [0],
        "unique_by": [1], "group_by": [1], "min": [0], "max": [0], "min_by": [1], "max_by": [1], "reverse": [0], "tostring": [0], "tonumber": [0],
        "join": [1], "to_entries": [0], "from_entries": [0], "with_entries": [1], "startswith": [1], "endswith": [1],
        "ascii_downcase": [0], "ascii_upcase": [0], "split": [1], "select": [1], "map": [1], "map_values": [1],
        "any": [0], "all": [0], "tojson": [0], "fromjson": [0], "error": [0, 1], "ltrimstr": [1], "rtrimstr": [1],
        "contains": [1], "flatten": [0], "arrays": [0], "objects": [0], "strings": [0], "numbers": [0], "booleans": [0],
        "nulls": [0], "scalars": [0], "iterables": [0], "recurse": [0], "floor": [0], "sqrt": [0], "range": [1, 2],
        "limit": [2], "in": [1], "inside": [1], "index": [1], "test": [1, 2], "ascii": [0], "env": [0], "input": [0],
    ]

    /// Whether `name/arity` is supported.
    static func supports(_ name: String, arity: Int) -> Bool {
        guard supported[name]?.contains(arity) == true else { return false }
        return !["env", "input", "ascii", "in", "inside", "index"].contains(name)
    }

    /// Whether jq 1.6 has a builtin called `name` (of any arity).
    static func jqHas(_ name: String) -> Bool {
        supported[name] != nil || others.contains(name)
    }

    private static let others: Set<String> = [
        "path", "paths", "leaf_paths", "getpath", "setpath", "delpaths", "del", "to_number", "todate", "fromdate", "now",
        "mktime", "gmtime", "localtime", "strftime", "strptime", "dateadd", "datesub", "date", "fromdateiso8601",
        "todateiso8601", "match", "capture", "scan", "splits", "sub", "gsub", "indices", "rindex", "combinations", "walk",
        "nth", "until", "while", "repeat", "transpose", "inputs", "debug", "stderr", "input_filename", "input_line_number",
        "halt", "halt_error", "tostream", "fromstream", "truncate_stream", "explode", "implode", "isinfinite", "isnan",
        "isnormal", "infinite", "nan", "builtins", "significand", "gamma", "log", "exp", "pow", "log10", "log2", "exp10",
        "ceil", "round", "fabs", "recurse_down", "env", "splits", "ascii", "getpath", "error", "not", "tojson", "ltrimstr",
        "isvalid", "modulemeta", "get_search_list", "get_prog_origin", "get_jq_origin", "$__loc__", "input", "test",
        "in", "inside", "index", "any", "all", "IN", "INDEX", "GROUP_BY", "UNIQUE_BY", "ascii", "@base32d", "min_by",
        "halt_error", "splits", "tojson", "getpath", "limit", "first", "last", "range", "floor", "sqrt", "pow10", "trunc",
    ]
}
