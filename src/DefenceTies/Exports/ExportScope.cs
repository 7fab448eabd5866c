using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Exports;

/// <summary>
/// A filter resolved against the database: the stored ids of the listed nations (checked once,
/// up front, so a typo fails before anything is written) and the day range ties must overlap.
/// </summary>
internal sealed class ExportScope
{
    // Every source document's key and date by id (a few hundred bytes each, one per document, not per fact).
    private readonly Dictionary<int, (string Key, PartialDate PublishedOn)> _documents;

    private ExportScope(DefenceTiesDbContext db, List<int>? nationIds, DateOnly? from, DateOnly? to, Dictionary<int, (string Key, PartialDate PublishedOn)> documents)
    {
        Db = db;
        _documents = documents;
        NationIds = nationIds;
        From = from;
        To = to;
    }

    public DefenceTiesDbContext Db { get; }

    /// <summary>The listed nations' ids; <see langword="null"/> when every nation is kept.</summary>
    public List<int>? NationIds { get; }

    public DateOnly? From { get; }

    public DateOnly? To { get; }

    public bool HasDateRange => From is not null || To is not null;

    public int? FromYear => From?.Year;

    public int? ToYear => To?.Year;

    public static async Task<ExportScope> CreateAsync(DefenceTiesDbContext db, ExportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter.Nations, nameof(filter));
        var from = filter.From is { } f ? f.EarliestDay : (DateOnly?)null;
        var to = filter.To is { } t ? t.LatestDay : (DateOnly?)null;
        if (from > to)
        {
            throw new ArgumentException($"The export range ends ({filter.To}) before it starts ({filter.From}).", nameof(filter));
        }

        var documents = await db.SourceDocuments.AsNoTracking()
            .Select(d => new { d.Id, d.Key, d.PublishedOn })
            .ToDictionaryAsync(d => d.Id, d => (d.Key, d.PublishedOn), cancellationToken).ConfigureAwait(false);
        if (filter.Nations.Count == 0)
        {
            return new ExportScope(db, null, from, to, documents);
        }

        // Codes are taken in any case (NationCodes), as everywhere else; stored codes are upper case.
        var codes = filter.Nations.Select(c => NationCodes.Normalise(c, nameof(filter))).Distinct(StringComparer.Ordinal).ToList();
        var found = await db.Nations.AsNoTracking()
            .Where(n => codes.Contains(n.Alpha2Code) || codes.Contains(n.Alpha3Code))
            .Select(n => new { n.Id, n.Alpha2Code, n.Alpha3Code })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var missing = codes.Where(c => !found.Any(n => n.Alpha2Code == c || n.Alpha3Code == c)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"No stored nation has the ISO 3166-1 code {string.Join(", ", missing)} (codes are alpha-2 or alpha-3).", nameof(filter));
        }

        return new ExportScope(db, found.Select(n => n.Id).Distinct().ToList(), from, to, documents);
    }

    /// <summary>The same nations with no date range.</summary>
    public ExportScope WithoutDates() => new(Db, NationIds, null, null, _documents);

    /// <summary>Names the documents of a fact's citations: primary, corroborating and of its values.</summary>
    public Evidence Resolve(Evidence evidence)
    {
        ResolveDocument(evidence);
        evidence.Corroborations.ForEach(ResolveDocument);
        evidence.Values.ForEach(ResolveDocument);
        return evidence;
    }

    private void ResolveDocument(ExportedCitation citation) =>
        (citation.DocumentKey, citation.DocumentPublishedOn) = _documents[citation.DocumentId];

    /// <summary>
    /// Whether a tie with these dates overlaps the range. An open end runs on; a tie without an end
    /// that is not open (an event) lasts its start; a tie with no date cannot be placed in a range.
    /// </summary>
    public bool Overlaps(PartialDate? start, PartialDate? end, bool openEnded)
    {
        if (!HasDateRange)
        {
            return true;
        }

        if (start is null && end is null)
        {
            return false;
        }

        var first = start?.EarliestDay ?? DateOnly.MinValue;
        var last = end?.LatestDay ?? (openEnded ? DateOnly.MaxValue : start!.Value.LatestDay);
        return (To is null || first <= To) && (From is null || last >= From);
    }
}
