using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using DefenceTies.Model;

namespace DefenceTies.Verification;

/// <summary>
/// The rule "every text value of a fact whose citation is <see cref="SupportKind.Stated"/> occurs in
/// the cited passage", written once for the pack loader and the whole-database check. Values are
/// compared case-insensitively with runs of white space made single spaces, so "Defence Ministry"
/// is found in "the Defence Ministry's Joint Secretary". Every text property a fact maps is a value
/// taken from the source, so the rule covers them all, including any a later model adds.
/// </summary>
internal static class StatedText
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<PropertyInfo>> FieldsByType = new();

    /// <summary>Whether <paramref name="value"/> occurs in <paramref name="passage"/>, compared case-insensitively, white space normalised.</summary>
    public static bool OccursIn(string value, string passage) =>
        Normalise(passage).Contains(Normalise(value), StringComparison.OrdinalIgnoreCase);

    /// <summary>The text values of <paramref name="fact"/> that do not occur in <paramref name="passage"/>.</summary>
    public static IEnumerable<(string Field, string Value)> Missing(object fact, string passage)
    {
        foreach (var property in Fields(fact.GetType()))
        {
            if (property.GetValue(fact) is string value && !OccursIn(value, passage))
            {
                yield return (property.Name, value);
            }
        }
    }

    /// <summary>
    /// The text values of a fact type: its string properties with a setter, which the model maps; a
    /// computed label (<c>DisplayName</c>) has none and is never a value taken from the source.
    /// </summary>
    public static IReadOnlyList<PropertyInfo> Fields(Type type) =>
        FieldsByType.GetOrAdd(type, t => [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string) && p.SetMethod is not null)]);

    /// <summary>The problem text for a stated value missing from its passage.</summary>
    public static string MissingProblem(string value, string passage) =>
        $"the value '{value}' is marked stated but does not occur in its passage \"{passage}\"; quote the source's words, or cite the passage as implied with a note.";

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
