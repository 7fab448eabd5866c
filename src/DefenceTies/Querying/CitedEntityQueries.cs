using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>Queries over any kind of fact (<see cref="CitedEntity"/>).</summary>
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
}
