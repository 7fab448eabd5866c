using DefenceTies.Model;
using DefenceTies.Querying;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Explorer.Data;

/// <summary>The document page's query.</summary>
public sealed partial class ExplorerQueries
{
    /// <summary>The document with key <paramref name="key"/> and what it did for each fact it cites; <see langword="null"/> when no document has the key.</summary>
    public async Task<DocumentView?> DocumentAsync(string key, CancellationToken cancellationToken)
    {
        var d = await db.SourceDocuments.AsNoTracking().Where(x => x.Key == key)
            .Select(x => new
            {
                x.Key, x.Title, x.PublishedOn, x.Origin, x.Byline, x.Agency, x.Credits, x.PublishedAtUtc, x.PublishedAtOffsetMinutes,
                Dateline = x.Dateline == null ? null : x.Dateline.Place.Name,
                DatelineNation = x.Dateline == null || x.Dateline.Place.Nation == null ? null : x.Dateline.Place.Nation.Name,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (d is null)
        {
            return null;
        }

        return new DocumentView
        {
            Key = d.Key,
            Title = d.Title,
            PublishedOn = d.PublishedOn,
            Origin = d.Origin,
            Byline = d.Byline,
            Agency = d.Agency,
            Credits = d.Credits,
            Dateline = d.Dateline is null ? null : Region.Label(d.Dateline, d.DatelineNation),
            PublishedAt = d.PublishedAtUtc is { } utc && d.PublishedAtOffsetMinutes is { } offset
                ? SourceDocument.FormatInstant(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified), TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offset)))
                : null,
            Contributions = await db.DocumentContributionsAsync(key, cancellationToken),
        };
    }
}
