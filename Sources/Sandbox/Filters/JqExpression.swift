/// A parsed jq program: the subset ``JqParser`` reads and ``JqFilter`` evaluates.
indirect enum JqExpression {
    /// A piece of a string literal: text, or `\(expression)`.
    enum StringPart {
        case text(String)
        case interpolation(JqExpression)
    }

    case identity
    case recurse
    case field(JqExpression, String)
    case index(JqExpression, JqExpression)
    case slice(JqExpression, JqExpression?, JqExpression?)
    case iterate(JqExpression)
    case optional(JqExpression)
    case literal(JqValue)
    case string([StringPart])
    case pipe(JqExpression, JqExpression)
    case comma(JqExpression, JqExpression)
    case binary(String, JqExpression, JqExpression)
    case and(JqExpression, JqExpression)
    case or(JqExpression, JqExpression)
    case alternative(JqExpression, JqExpression)
    case negate(JqExpression)
    case array(JqExpression?)
    case object([(key: JqExpression, value: JqExpression)])
    case call(String, [JqExpression])
}
