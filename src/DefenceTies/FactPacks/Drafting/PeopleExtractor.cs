using System.Text.RegularExpressions;

namespace DefenceTies.FactPacks.Drafting;

/// <summary>
/// Finds people a report names with a rank ("Gen Tharapong Malakam"), an honorific ("Ms. Ito") or a
/// title before the name ("Defence Minister Rajnath Singh"), or with a title set off by a comma
/// ("Indian Ambassador to Thailand, Nagesh Singh"). Each is a candidate of kind <c>person</c> (the
/// name without rank or title; the note says which it had), and each title a candidate of kind
/// <c>title</c>. A surname alone after an honorific or rank is read as the person named in full
/// earlier with that surname, noted as a reading; without one, it is left out.
/// </summary>
internal static partial class PeopleExtractor
{
    private const string RankWords = @"(?:(?:Lt\.?|Lieutenant|Maj\.?|Major|Vice|Rear|Air(?:\sChief|\sVice)?)\s)?(?:Gen|General|Adm|Admiral|Marshal|Brig|Brigadier|Col|Colonel|Capt|Captain|Cdr|Commander|Commodore|Maj|Major|Lt|Lieutenant)\.?";
    private const string Honorific = @"(?:Mr|Ms|Mrs|Dr)\.?";
    private const string NameWord = @"[A-Z][\p{Ll}'’-]+";
    private const string Name = @"(?<name>" + NameWord + @"(?:\s" + NameWord + @"){0,2})(?![\p{L}])";
    private const string Office = @"(?:Minister|Secretary|Ambassador|Envoy|Chief|Spokesperson|Spokesman|Director|President|Chairman|Chairperson|Commandant|Attaché|Attache|Adviser|Advisor)(?:-General)?";

    public static IEnumerable<DraftCandidate> Find(string text)
    {
        var ranked = Ranked().Matches(text).Select(m => (Match: m, Kind: m.Groups["title"].Value.TrimEnd('.') is "Mr" or "Ms" or "Mrs" or "Dr" ? "honorific" : "rank")).ToList();
        var titled = Titled().Matches(text).ToList();

        // A rank after a title starts the name's own match ("... for Defence Gen Tharapong Malakam"):
        // the title's match then keeps its title, not its name.
        bool NamedByRank(Match m) => ranked.Any(r => m.Groups["name"].Index < r.Match.Groups["name"].Index + r.Match.Groups["name"].Length && r.Match.Groups["name"].Index < m.Groups["name"].Index + m.Groups["name"].Length);
        var people = ranked.Concat(titled.Where(m => !NamedByRank(m)).Select(m => (Match: m, Kind: "title"))).OrderBy(p => p.Match.Index).ToList();

        var found = new List<DraftCandidate>();
        var named = new List<(string Name, int Position)>();
        foreach (var (m, kind) in people)
        {
            var name = m.Groups["name"].Value;
            if (name.Contains(' ', StringComparison.Ordinal))
            {
                named.Add((name, m.Index));
                found.Add(new DraftCandidate("person", name, m.Value, m.Index, $"{kind}: {m.Groups["title"].Value}"));
                continue;
            }

            // A surname alone: the person named in full earlier with it, when there is one.
            var earlier = named.LastOrDefault(n => n.Position < m.Index && n.Name.EndsWith(" " + name, StringComparison.Ordinal));
            if (earlier.Name is not null && kind != "title")
            {
                found.Add(new DraftCandidate("person", earlier.Name, m.Value, m.Index, $"'{m.Value}' is read as {earlier.Name}, named earlier."));
            }
        }

        found.AddRange(titled.Select(m => new DraftCandidate("title", m.Groups["title"].Value, m.Groups["title"].Value, m.Groups["title"].Index, "a title a person is named with here")));
        return found;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?<title>" + RankWords + "|" + Honorific + @")\s" + Name, RegexOptions.CultureInvariant)]
    private static partial Regex Ranked();

    // Up to four capitalised words before the office ("Defence Ministry's Joint Secretary"), a
    // bracketed part ("(International Cooperation)"), a place or body after of/for/to (no rank among
    // its words), then the name after a space or a comma.
    [GeneratedRegex(@"(?<title>(?:[A-Z][\p{L}'’-]*\s){0,4}" + Office + @"(?:\s\([^)\n]{1,60}\))?(?:\s(?:of|for|to)\s(?:the\s)?(?!" + RankWords + @"\s)[A-Z][\p{L}'’-]*(?:\s(?!" + RankWords + @"\s)[A-Z][\p{L}'’-]*){0,2})?)(?:,\s|\s)" + Name, RegexOptions.CultureInvariant)]
    private static partial Regex Titled();
}
