using System.Reflection;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Querying;

/// <summary>
/// What one source document did for the facts it cites: which it added, which it corroborated
/// (facts another document added), and which values it contests (competing claims). The grouping
/// of a document page; translated to SQL.
/// </summary>
public static class DocumentContributionQueries
{
    private static readonly MethodInfo ContributionsMethod =
        typeof(DocumentContributionQueries).GetMethod(nameof(ContributionsOf), BindingFlags.Public | BindingFlags.Static)!;

    /// <summary>
    /// What the document with key <paramref name="documentKey"/> did for each of <paramref name="facts"/>
    /// it cites: <see cref="DocumentContributionKind.Added"/> a fact whose primary citation is of it;
    /// <see cref="DocumentContributionKind.Corroborated"/> a fact another document added, by a
    /// citation corroborating it or by a value citation of the value the fact holds;
    /// <see cref="DocumentContributionKind.Contested"/> a value, by a competing claim (a value citation
    /// whose claimed value differs from the held one), whoever added the fact.
    /// </summary>
    /// <remarks>
    /// One SQL query (a <c>UNION ALL</c> of the three), unordered. The value citations of a fact the
    /// document added that cite the held value are part of adding it and are not listed on their own;
    /// the parts of facts (an agreement's parties, an exercise's participants) are not listed.
    /// </remarks>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts, such as <c>db.Engagements</c>.</param>
    /// <param name="documentKey">The <see cref="SourceDocument.Key"/>, matched exactly.</param>
    public static IQueryable<DocumentContribution> ContributionsOf<T>(this IQueryable<T> facts, string documentKey)
        where T : CitedEntity
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentKey);
        var kind = FactReference.KindOf(typeof(T));
        var added = facts
            .Where(f => f.Citation.SourceDocument.Key == documentKey)
            .Select(f => new DocumentContribution
            {
                FactKind = kind, FactId = f.Id, Kind = DocumentContributionKind.Added, Property = null, ClaimedValue = null,
                CitationId = f.CitationId, Passage = f.Citation.Passage, Support = f.Citation.Support,
                AddedBy = f.Citation.SourceDocument.Key, FactKey = f.Citation.FactKey,
            });

        // The result selector joins (a Select inside SelectMany needs APPLY, which SQLite lacks).
        var corroborated = facts
            .Where(f => f.Citation.SourceDocument.Key != documentKey)
            .SelectMany(f => f.Citation.Corroborations.Where(c => c.SourceDocument.Key == documentKey), (f, c) => new DocumentContribution
            {
                FactKind = kind, FactId = f.Id, Kind = DocumentContributionKind.Corroborated, Property = null, ClaimedValue = null,
                CitationId = c.Id, Passage = c.Passage, Support = c.Support,
                AddedBy = f.Citation.SourceDocument.Key, FactKey = f.Citation.FactKey,
            });
        var values = facts
            .SelectMany(f => f.ValueCitations.Where(v => v.Citation.SourceDocument.Key == documentKey), (f, v) => new { Fact = f, Value = v })
            .Where(x => x.Value.ClaimedValue != null || x.Fact.Citation.SourceDocument.Key != documentKey)
            .Select(x => new DocumentContribution
            {
                FactKind = kind, FactId = x.Fact.Id,
                Kind = x.Value.ClaimedValue != null ? DocumentContributionKind.Contested : DocumentContributionKind.Corroborated,
                Property = x.Value.Property, ClaimedValue = x.Value.ClaimedValue,
                CitationId = x.Value.CitationId, Passage = x.Value.Citation.Passage, Support = x.Value.Citation.Support,
                AddedBy = x.Fact.Citation.SourceDocument.Key, FactKey = x.Fact.Citation.FactKey,
            });
        return added.Concat(corroborated).Concat(values);
    }

    /// <summary>
    /// What the document with key <paramref name="documentKey"/> did for every fact of every kind it
    /// cites (<see cref="ContributionsOf"/> over each kind of fact of the model): what a document page shows.
    /// </summary>
    /// <remarks>
    /// Ordered by what it did (added, corroborated, contested), then kind of fact, fact key, property
    /// and citation key. One SQL query per kind of fact, each reading through the citations of the
    /// document; empty for a key no document has.
    /// </remarks>
    /// <param name="db">The context to read through.</param>
    /// <param name="documentKey">The <see cref="SourceDocument.Key"/>, matched exactly.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public static async Task<IReadOnlyList<DocumentContribution>> DocumentContributionsAsync(this DefenceTiesDbContext db, string documentKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentKey);
        var all = new List<DocumentContribution>();
        foreach (var type in db.Model.GetEntityTypes().Select(t => t.ClrType).Where(t => typeof(CitedEntity).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var set = (IQueryable)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type).Invoke(db, null)!;
            var query = (IQueryable<DocumentContribution>)ContributionsMethod.MakeGenericMethod(type).Invoke(null, [set, documentKey])!;
            all.AddRange(await query.ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        return [.. all.OrderBy(c => c.Kind).ThenBy(c => c.FactKind, StringComparer.Ordinal).ThenBy(c => c.FactId).ThenBy(c => c.Property, StringComparer.Ordinal).ThenBy(c => c.CitationId)];
    }
}
