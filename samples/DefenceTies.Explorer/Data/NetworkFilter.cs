using DefenceTies.Model;

namespace DefenceTies.Explorer.Data;

/// <summary>
/// The network's filter, read from a query string that may hold anything: dates that do not parse
/// and kinds that do not exist are dropped (and reported), never passed on.
/// </summary>
public sealed record NetworkFilter(PartialDate? From, PartialDate? To, IReadOnlySet<string> Kinds, IReadOnlyList<string> Problems)
{
    /// <summary>The tie kinds, in the order the filter lists them.</summary>
    public static IReadOnlyList<string> AllKinds { get; } =
        [FactKind.Agreement, FactKind.Engagement, FactKind.Exercise, FactKind.WorkingGroup, FactKind.Delegation, FactKind.PostHolding, FactKind.Organisation];

    public static NetworkFilter Everything { get; } = new(null, null, AllKinds.ToHashSet(StringComparer.Ordinal), []);

    public bool HasDateRange => From is not null || To is not null;

    public static NetworkFilter Parse(string? from, string? to, IEnumerable<string?>? kinds)
    {
        var problems = new List<string>();
        var first = ParseDate(from, "from", problems);
        var last = ParseDate(to, "to", problems);
        var chosen = (kinds ?? []).Where(k => !string.IsNullOrEmpty(k)).ToList();
        var known = chosen.Where(k => AllKinds.Contains(k!, StringComparer.Ordinal)).Select(k => k!).ToHashSet(StringComparer.Ordinal);
        if (chosen.Count > known.Count)
        {
            problems.Add("Unknown kinds were ignored.");
        }

        return new NetworkFilter(first, last, known.Count > 0 ? known : AllKinds.ToHashSet(StringComparer.Ordinal), problems);
    }

    /// <summary>Whether a tie of this date falls in the range: a partial date overlaps it anywhere. Undated ties only when no range is set.</summary>
    public bool Includes(PartialDate? date)
    {
        if (!HasDateRange)
        {
            return true;
        }

        if (date is not { } d)
        {
            return false;
        }

        return (From is not { } f || d.LatestDay >= f.EarliestDay) && (To is not { } t || d.EarliestDay <= t.LatestDay);
    }

    private static PartialDate? ParseDate(string? text, string name, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length <= PartialDate.MaxTextLength && PartialDate.TryParse(text.Trim(), out var date))
        {
            return date;
        }

        problems.Add($"The “{name}” date was ignored: write a year, year-month or date (2012, 2012-05, 2024-12-12).");
        return null;
    }
}
