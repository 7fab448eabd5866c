using System.Globalization;

namespace DefenceTies.Model;

/// <summary>
/// What counts as text in DefenceTies, written once as sets of Unicode code points. The model's
/// guards (<see cref="Guard.Text"/>, which the bulk path applies too) check values against these
/// sets, and the CHECK constraints of every text column are generated from the very same sets
/// (through the provider's <c>ContainsCharacterIn</c>/<c>ContainsCharacterNotIn</c>), so the model
/// and the database cannot drift apart.
/// </summary>
/// <remarks>
/// A text value: holds no NUL (PostgreSQL cannot store it; SQLite would, so both refuse it), no
/// unpaired UTF-16 surrogate (it has no UTF-8 form: SQLite's driver would replace it with U+FFFD,
/// Npgsql would throw), no control character other than tab, line feed and carriage return in
/// multi-line fields, no line or paragraph separator in single-line fields; does not start or end
/// with white space; and has at least one visible character (one whose Unicode category shows
/// something: an unassigned code point or a noncharacter such as U+FFFF is not visible). Values are
/// refused, never altered.
/// </remarks>
internal static class TextRule
{
    /// <summary>The C0 and C1 control characters and DEL (Unicode general category Cc), NUL included.</summary>
    private static readonly (int First, int Last)[] Controls = [(0x0000, 0x001F), (0x007F, 0x009F)];

    /// <summary>U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: line breaks that are not control characters.</summary>
    private static readonly (int First, int Last)[] LineSeparators = [(0x2028, 0x2029)];

    /// <summary>The controls multi-line text keeps: tab, line feed, carriage return.</summary>
    private static readonly (int First, int Last)[] LineControls = [(0x0009, 0x000A), (0x000D, 0x000D)];

    /// <summary>
    /// Characters that show nothing although their category is a mark, letter or symbol (so
    /// <see cref="UnicodeInvisible"/> does not hold them): the Default_Ignorable_Code_Point ones
    /// (U+034F COMBINING GRAPHEME JOINER, Hangul fillers, variation selectors and the like) and
    /// U+2800 BRAILLE PATTERN BLANK.
    /// </summary>
    private static readonly (int First, int Last)[] BlankGlyphs =
    [
        (0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180D), (0x180F, 0x180F), (0x2800, 0x2800),
        (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFFA0, 0xFFA0), (0xE0100, 0xE01EF),
    ];

    /// <summary>Printable ASCII (U+0021-U+007E): visible, and most text has one, so checks look for it first.</summary>
    public static IReadOnlyList<(int First, int Last)> PrintableAscii { get; } = [(0x0021, 0x007E)];

    /// <summary>White space as .NET's <see cref="char.IsWhiteSpace(char)"/> and <see cref="string.Trim()"/> see it (Unicode's White_Space property).</summary>
    public static IReadOnlyList<(int First, int Last)> WhiteSpace { get; } =
    [
        (0x0009, 0x000D), (0x0020, 0x0020), (0x0085, 0x0085), (0x00A0, 0x00A0), (0x1680, 0x1680), (0x2000, 0x200A),
        (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000),
    ];

    /// <summary>
    /// Characters that are not visible: those whose Unicode category shows nothing (controls, format
    /// characters, unassigned code points and noncharacters, separators; <see cref="UnicodeInvisible"/>,
    /// generated from .NET's Unicode data), white space and <see cref="BlankGlyphs"/>. A value needs
    /// one character outside this set.
    /// </summary>
    public static IReadOnlyList<(int First, int Last)> Invisible { get; } = Union(UnicodeInvisible.Ranges, WhiteSpace, BlankGlyphs);

    private static readonly IReadOnlyList<(int First, int Last)> ForbiddenInSingleLine = Union(Controls, LineSeparators);

    private static readonly IReadOnlyList<(int First, int Last)> ForbiddenInMultipleLines = Except(Controls, LineControls);

    /// <summary>The characters a text field of the given kind may not hold anywhere (NUL among them).</summary>
    public static IReadOnlyList<(int First, int Last)> Forbidden(TextLines lines) =>
        lines == TextLines.Single ? ForbiddenInSingleLine : ForbiddenInMultipleLines;

    /// <summary>
    /// What is wrong with <paramref name="value"/>'s characters (see the remarks of <see cref="TextRule"/>),
    /// or <see langword="null"/> if nothing is. Length and emptiness are the caller's to check.
    /// </summary>
    public static string? FindProblem(string value, TextLines lines)
    {
        if (FindUnstorable(value) is { } unstorable)
        {
            return unstorable;
        }

        var forbidden = Forbidden(lines);
        var visible = false;
        for (var i = 0; i < value.Length; i++)
        {
            int c = value[i];
            if (c is > 0x20 and < 0x7F)
            {
                // Printable ASCII, by far the most common case.
                visible = true;
                continue;
            }

            if (char.IsHighSurrogate(value[i]))
            {
                c = char.ConvertToUtf32(value[i], value[i + 1]);
            }

            if (In(forbidden, c))
            {
                return c is 0x2028 or 0x2029
                    ? $"the line break {Name(c)} at index {i} is not allowed in a single-line field."
                    : lines == TextLines.Single
                        ? $"the control character {Name(c)} at index {i} is not allowed in a single-line field."
                        : $"the control character {Name(c)} at index {i} is not allowed (only tab, line feed and carriage return are).";
            }

            visible = visible || !In(Invisible, c);
            if (c > 0xFFFF)
            {
                i++;
            }
        }

        if (lines != TextLines.Document && (In(WhiteSpace, value[0]) || In(WhiteSpace, value[^1])))
        {
            return "leading or trailing white space is not allowed.";
        }

        return visible
            ? null
            : $"at least one visible character is required; the value holds only white space and invisible characters (such as {Name(FirstCodePoint(value))}).";
    }

    /// <summary>
    /// What makes <paramref name="value"/> impossible to store exactly in either database (a NUL, or
    /// an unpaired UTF-16 surrogate), or <see langword="null"/>.
    /// </summary>
    public static string? FindUnstorable(string value)
    {
        var span = value.AsSpan();
        var at = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        var nul = span.IndexOf('\0');
        while (at >= 0 && (nul < 0 || at < nul))
        {
            if (char.IsHighSurrogate(span[at]) && at + 1 < span.Length && char.IsLowSurrogate(span[at + 1]))
            {
                var next = span[(at + 2)..].IndexOfAnyInRange('\uD800', '\uDFFF');
                at = next < 0 ? -1 : at + 2 + next;
                continue;
            }

            return $"an unpaired UTF-16 surrogate ({Name(span[at])}) at index {at} is not text: it has no UTF-8 form, so no database can store it.";
        }

        return nul >= 0 ? $"the NUL character (U+0000) at index {nul} is not allowed in text." : null;
    }

    /// <summary>Whether <paramref name="codePoint"/> falls in one of <paramref name="ranges"/> (sorted and disjoint).</summary>
    public static bool In(IReadOnlyList<(int First, int Last)> ranges, int codePoint)
    {
        var (low, high) = (0, ranges.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var (first, last) = ranges[middle];
            if (codePoint < first)
            {
                high = middle - 1;
            }
            else if (codePoint > last)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>U+200B</c>: how messages name a character.</summary>
    private static string Name(int codePoint) => "U+" + codePoint.ToString(codePoint > 0xFFFF ? "X5" : "X4", CultureInfo.InvariantCulture);

    private static int FirstCodePoint(string value) =>
        char.IsHighSurrogate(value[0]) && value.Length > 1 ? char.ConvertToUtf32(value[0], value[1]) : value[0];

    /// <summary>The ranges of all sets, sorted and merged.</summary>
    private static (int First, int Last)[] Union(params IEnumerable<(int First, int Last)>[] sets)
    {
        var merged = new List<(int First, int Last)>();
        foreach (var (first, last) in sets.SelectMany(s => s).OrderBy(r => r.First))
        {
            if (merged.Count > 0 && first <= merged[^1].Last + 1)
            {
                merged[^1] = (merged[^1].First, Math.Max(merged[^1].Last, last));
            }
            else
            {
                merged.Add((first, last));
            }
        }

        return [.. merged];
    }

    /// <summary>The code points of <paramref name="set"/> that are not in <paramref name="removed"/>, as ranges.</summary>
    private static (int First, int Last)[] Except(IReadOnlyList<(int First, int Last)> set, IReadOnlyList<(int First, int Last)> removed)
    {
        var kept = new List<(int First, int Last)>();
        foreach (var (first, last) in set)
        {
            var start = -1;
            for (var c = first; c <= last + 1; c++)
            {
                var keep = c <= last && !In(removed, c);
                if (keep && start < 0)
                {
                    start = c;
                }
                else if (!keep && start >= 0)
                {
                    kept.Add((start, c - 1));
                    start = -1;
                }
            }
        }

        return [.. kept];
    }
}
