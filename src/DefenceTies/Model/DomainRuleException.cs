using System.Globalization;
using System.Text;

namespace DefenceTies.Model;

/// <summary>
/// Raised when a value would break a rule of the DefenceTies model: a blank name, a malformed ISO
/// code, an end before its start, a party named twice. The message names the entity, the field and
/// the offending value, so the caller can correct the input; nothing has been stored.
/// </summary>
public class DomainRuleException : Exception
{
    /// <summary>Creates the exception for one broken rule.</summary>
    /// <param name="entity">The entity type whose rule was broken, e.g. <c>Nation</c>.</param>
    /// <param name="field">The field that holds the offending value, e.g. <c>Alpha2Code</c>.</param>
    /// <param name="value">The offending value (may be <see langword="null"/>).</param>
    /// <param name="rule">What the rule requires, in words.</param>
    /// <param name="innerException">The lower-level error that revealed the violation, if any.</param>
    public DomainRuleException(string entity, string field, object? value, string rule, Exception? innerException = null)
        : base(Describe(entity, field, value, rule), innerException)
    {
        Entity = entity;
        Field = field;
        Value = value;
        Rule = rule;
    }

    /// <summary>The entity type whose rule was broken.</summary>
    public string Entity { get; }

    /// <summary>The field that holds the offending value.</summary>
    public string Field { get; }

    /// <summary>The offending value.</summary>
    public object? Value { get; }

    /// <summary>What the rule requires.</summary>
    public string Rule { get; }

    /// <summary>The message of a broken rule: entity, field, value and rule.</summary>
    internal static string Describe(string entity, string field, object? value, string rule)
    {
        var shown = value switch
        {
            null => "null",
            string s => $"'{Shown(s)}'",
            _ => $"'{value}'",
        };
        return $"{entity}.{field} {shown} is invalid: {rule}";
    }

    /// <summary>
    /// A value as a message shows it: invisible and control characters and unpaired surrogates
    /// escaped as <c>\uXXXX</c> (a message must not carry an escape sequence to a terminal or a log,
    /// nor hide what was refused), and a long value (a document) cut to its start.
    /// </summary>
    private static string Shown(string value)
    {
        const int MaxShown = 200;
        var builder = new StringBuilder();
        var i = 0;
        for (; i < value.Length && builder.Length < MaxShown; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, value[i + 1]);
                if (TextRule.In(TextRule.Invisible, codePoint))
                {
                    builder.Append(CultureInfo.InvariantCulture, $"\\U{codePoint:X8}");
                }
                else
                {
                    builder.Append(c).Append(value[i + 1]);
                }

                i++;
            }
            else if (char.IsSurrogate(c) || (c != ' ' && TextRule.In(TextRule.Invisible, c)))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return i < value.Length
            ? builder.Append(CultureInfo.InvariantCulture, $"... ({value.Length} characters)").ToString()
            : builder.ToString();
    }
}
