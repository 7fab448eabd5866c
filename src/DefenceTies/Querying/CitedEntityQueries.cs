using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>
/// Queries over any kind of fact (<see cref="CitedEntity"/>): by source, by how the source supports
/// it, by whose claim it is, and by how many independent sources back it. All translate to SQL.
/// </summary>
public static class CitedEntityQueries
{
    /// <summary>Facts whose citation is a passage of the source document with the given key.</summary>
    /// <typeparam name="T">The kind of fact, such as <see cref="Agreement"/> or <see cref="Person"/>.</typeparam>
    /// <param name="facts">The facts to filter, such as <c>db.Agreements</c>.</param>
    /// <param name="sourceDocumentKey">The <see cref="SourceDocument.Key"/>, matched exactly (ordinal, case-sensitive), such as <see cref="Seeding.Reports.IndiaThailandCoProductionReport.DocumentKey"/>.</param>
    public static IQueryable<T> CitingSource<T>(this IQueryable<T> facts, string sourceDocumentKey)
        where T : CitedEntity
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceDocumentKey);
        return facts.Where(f => f.Citation.SourceDocument.Key == sourceDocumentKey);
    }

    /// <summary>
    /// Facts some source states in so many words: the primary citation or a corroborating one is
    /// <see cref="SupportKind.Stated"/>. Leaves out facts only implied or only taken from reference data.
    /// </summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts to filter, such as <c>db.NationRelations</c>.</param>
    public static IQueryable<T> Stated<T>(this IQueryable<T> facts)
        where T : CitedEntity =>
        SupportedAs(facts, SupportKind.Stated);

    /// <summary>Facts some citation supports in the given way (primary or corroborating).</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts to filter.</param>
    /// <param name="support">Stated, implied or reference.</param>
    public static IQueryable<T> SupportedAs<T>(this IQueryable<T> facts, SupportKind support)
        where T : CitedEntity
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Where(f => f.Citation.Support == support || f.Citation.Corroborations.Any(c => c.Support == support));
    }

    /// <summary>
    /// Facts that a body claims: a citation of the fact (primary or corroborating) belongs to a
    /// <see cref="Statement"/> by <paramref name="speaker"/>, such as everything India's defence ministry said in a statement.
    /// </summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts to filter.</param>
    /// <param name="speaker">A stored organisation.</param>
    public static IQueryable<T> ClaimedBy<T>(this IQueryable<T> facts, Organisation speaker)
        where T : CitedEntity
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(speaker);
        var id = speaker.Id;
        return facts.Where(f => f.Citation.Claim!.Statement.SpeakerOrganisationId == id
            || f.Citation.Corroborations.Any(c => c.Claim!.Statement.SpeakerOrganisationId == id));
    }

    /// <summary>Facts that a person claims: a citation of the fact belongs to a <see cref="Statement"/> by <paramref name="speaker"/>.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts to filter.</param>
    /// <param name="speaker">A stored person.</param>
    public static IQueryable<T> ClaimedBy<T>(this IQueryable<T> facts, Person speaker)
        where T : CitedEntity
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(speaker);
        var id = speaker.Id;
        return facts.Where(f => f.Citation.Claim!.Statement.SpeakerPersonId == id
            || f.Citation.Corroborations.Any(c => c.Claim!.Statement.SpeakerPersonId == id));
    }

    /// <summary>Facts backed by at least <paramref name="count"/> independent sources (distinct source documents).</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts to filter.</param>
    /// <param name="count">The least number of distinct documents, 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    public static IQueryable<T> BackedByAtLeast<T>(this IQueryable<T> facts, int count)
        where T : CitedEntity
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return facts.Where(f => 1 + f.Citation.Corroborations
            .Where(c => c.SourceDocumentId != f.Citation.SourceDocumentId)
            .Select(c => c.SourceDocumentId).Distinct().Count() >= count);
    }

    /// <summary>Each fact with the independent sources (distinct source documents) that back it, the primary one first.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts, such as <c>db.Agreements.Where(...)</c>.</param>
    public static IQueryable<FactSources<T>> WithSources<T>(this IQueryable<T> facts)
        where T : CitedEntity
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Select(f => new FactSources<T>
        {
            Fact = f,
            PrimarySourceKey = f.Citation.SourceDocument.Key,
            // No reference to the outer row inside the collection: SQLite cannot translate a correlated (APPLY) collection.
            CorroboratingSourceKeys = f.Citation.Corroborations.Select(c => c.SourceDocument.Key).ToList(),
        });
    }
}
