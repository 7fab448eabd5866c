using System.Globalization;
using System.Text.RegularExpressions;

namespace DefenceTies.Verification;

/// <summary>
/// The numbers a passage writes, as exact decimals: figures with or without thousands separators
/// ("36", "1,200", "350.5"), optionally followed by a scale word ("1.2 billion", "1.2bn", "450
/// million", "2,000 crore"), and English number words up to the hundreds, also before a scale word
/// ("twelve", "thirty-six", "two hundred", "two billion"), and ordinal words ("third", "twenty-first").
/// The rule by which a stated quantity or
/// amount is checked against its passage: the value is stated when one of these equals it.
/// </summary>
internal static partial class WrittenNumbers
{
    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1_000m,
        ["million"] = 1_000_000m,
        ["mn"] = 1_000_000m,
        ["m"] = 1_000_000m,
        ["billion"] = 1_000_000_000m,
        ["bn"] = 1_000_000_000m,
        ["b"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m,
        ["tn"] = 1_000_000_000_000m,
        ["lakh"] = 100_000m,
        ["lakhs"] = 100_000m,
        ["crore"] = 10_000_000m,
        ["crores"] = 10_000_000m,
    };

    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    // A figure: grouped by commas in threes, or plain; a decimal part; then perhaps a scale word,
    // directly ("1.2bn") or after a space ("1.2 billion"). Not part of a longer number or word.
    [GeneratedRegex(@"(?<![0-9.,])(?<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?<f>[0-9]+))?(?![0-9]|[.,][0-9])(?:[ \u00A0]?(?<s>thousand|million|billion|trillion|mn|bn|tn|lakhs?|crores?|m|b)\b)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Figures();

    private const string UnitWord = "one|two|three|four|five|six|seven|eight|nine";

    private const string Word = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    // Number words: a ten and a unit ("thirty-six", "thirty six"), or one word; then perhaps
    // "hundred" (and a rest: "two hundred and forty"), then perhaps a scale word.
    [GeneratedRegex(@"\b(?<a>" + Word + @")(?:[- ](?<b>" + UnitWord + @"))?(?: (?<h>hundred)(?: and (?<r>" + Word + @")(?:[- ](?<r2>" + UnitWord + @"))?)?)?(?: (?<s>thousand|million|billion|trillion))?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberWords();

    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9,
        ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16,
        ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50,
    };

    // Ordinal words, as reports count editions: "the third edition", "the twenty-first round".
    [GeneratedRegex(@"\b(?:(?<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?(?<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ordinals();

    /// <summary>Every number <paramref name="passage"/> writes, in figures or in words (cardinal or ordinal: "third" is 3).</summary>
    public static IEnumerable<decimal> In(string passage)
    {
        foreach (Match m in Ordinals().Matches(passage))
        {
            yield return OrdinalWords[m.Groups["o"].Value] + (m.Groups["t"].Success ? Words[m.Groups["t"].Value] : 0);
        }

        foreach (Match m in Figures().Matches(passage))
        {
            var text = m.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal) + (m.Groups["f"].Success ? "." + m.Groups["f"].Value : string.Empty);
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            yield return value;
            if (m.Groups["s"].Success)
            {
                yield return value * Scales[m.Groups["s"].Value];
            }
        }

        foreach (Match m in NumberWords().Matches(passage))
        {
            if (!Words.TryGetValue(m.Groups["a"].Value, out var first))
            {
                continue;
            }

            decimal value = first + Unit(m.Groups["b"]);
            if (m.Groups["h"].Success)
            {
                value *= 100;
                if (m.Groups["r"].Success && Words.TryGetValue(m.Groups["r"].Value, out var rest))
                {
                    value += rest + Unit(m.Groups["r2"]);
                }
            }

            yield return value;
            if (m.Groups["s"].Success)
            {
                yield return value * Scales[m.Groups["s"].Value];
            }
        }
    }

    /// <summary>Whether <paramref name="passage"/> writes <paramref name="value"/>, in figures or in words.</summary>
    public static bool Writes(string passage, decimal value) => In(passage).Contains(value);

    private static int Unit(Group group) => group.Success ? Words[group.Value] : 0;
}
