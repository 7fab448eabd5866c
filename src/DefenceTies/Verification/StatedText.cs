using System.Text;

namespace DefenceTies.Verification;

/// <summary>
/// How a stated text value is found in its passage, for <see cref="StatedValues"/>. Values are
/// compared case-insensitively with runs of white space made single spaces, so "Defence Ministry"
/// is found in "the Defence Ministry's Joint Secretary".
/// </summary>
internal static class StatedText
{
    /// <summary>Whether <paramref name="value"/> occurs in <paramref name="passage"/>, compared case-insensitively, white space normalised.</summary>
    public static bool OccursIn(string value, string passage) =>
        Normalise(passage).Contains(Normalise(value), StringComparison.OrdinalIgnoreCase);

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
