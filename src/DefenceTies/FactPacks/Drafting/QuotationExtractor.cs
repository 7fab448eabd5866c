using System.Text.RegularExpressions;

namespace DefenceTies.FactPacks.Drafting;

/// <summary>
/// Finds direct quotations: words between double quotation marks (straight or typographic) or
/// between single typographic marks, of four words at least (a shorter one is usually a name or a
/// term: "Act East Policy"). A candidate of kind <c>quotation</c> whose value is the words quoted;
/// where "said" or another verb of speech follows with its speaker ("..., the ministry said"), the
/// note names the speaker as written.
/// </summary>
internal static partial class QuotationExtractor
{
    public static IEnumerable<DraftCandidate> Find(string text)
    {
        foreach (Match m in Quoted().Matches(text))
        {
            var words = m.Groups["words"];
            if (words.Value.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length < 4)
            {
                continue;
            }

            var speaker = SaidBy().Match(text, m.Index + m.Length);
            var note = speaker.Success && speaker.Index == m.Index + m.Length ? $"speaker as written: {speaker.Groups["speaker"].Value.Trim()}" : null;
            yield return new DraftCandidate("quotation", words.Value.TrimEnd(',', ' '), m.Value, m.Index, note);
        }
    }

    // Double marks pair up; a single mark also serves as an apostrophe ("India's") and inside a
    // quotation ("'Act East'"), so a single-quoted quotation is read to a closing mark right after
    // its own punctuation, as news style writes it ("'... relations,' the ministry said").
    [GeneratedRegex(@"(?:""(?<words>[^""\n]+)""|“(?<words>[^”\n]+)”|(?<![\p{L}])['‘](?<words>[^\n]+?[,.!?])['’](?=\s|$))", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\G,?\s(?<speaker>(?:the\s)?[\p{L} .’'()-]{2,80}?)\s(?:said|says|told|added|emphasised|emphasized|stated|noted)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SaidBy();
}
