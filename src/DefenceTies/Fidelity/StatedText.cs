using System.Text;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DefenceTies.Fidelity;

/// <summary>
/// The rule "every text value of a fact whose citation is <see cref="SupportKind.Stated"/> occurs in
/// the cited passage", written once for the pack loader and the whole-database check. Values are
/// compared case-insensitively with runs of white space made single spaces, so "Defence Ministry"
/// is found in "the Defence Ministry's Joint Secretary". Every text property a fact maps is a value
/// taken from the source, so the rule covers them all, including any a later model adds.
/// </summary>
internal static class StatedText
{
    /// <summary>Whether <paramref name="value"/> occurs in <paramref name="passage"/>, compared case-insensitively, white space normalised.</summary>
    public static bool OccursIn(string value, string passage) =>
        Normalise(passage).Contains(Normalise(value), StringComparison.OrdinalIgnoreCase);

    /// <summary>The text values of <paramref name="fact"/> (of EF type <paramref name="type"/>) that do not occur in <paramref name="passage"/>.</summary>
    public static IEnumerable<(string Field, string Value)> Missing(IEntityType type, object fact, string passage)
    {
        foreach (var property in type.GetProperties())
        {
            if (property.ClrType != typeof(string) || property.PropertyInfo is null)
            {
                continue;
            }

            if (property.PropertyInfo.GetValue(fact) is string value && !OccursIn(value, passage))
            {
                yield return (property.Name, value);
            }
        }
    }

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
