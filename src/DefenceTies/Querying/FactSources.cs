using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>A fact with the independent sources that back it, from <see cref="CitedEntityQueries.WithSources"/>.</summary>
/// <typeparam name="T">The kind of fact.</typeparam>
public sealed record FactSources<T>
    where T : CitedEntity
{
    /// <summary>The fact.</summary>
    public required T Fact { get; init; }

    /// <summary>The <see cref="SourceDocument.Key"/> of the document of the fact's primary citation.</summary>
    public required string PrimarySourceKey { get; init; }

    /// <summary>The document keys of the fact's corroborating citations, one per citation (a document that reports the fact twice, or the primary document itself, may appear).</summary>
    public required IReadOnlyList<string> CorroboratingSourceKeys { get; init; }

    /// <summary>The distinct documents that back the fact, the primary one first, the others in ordinal order.</summary>
    public IReadOnlyList<string> SourceKeys =>
        [PrimarySourceKey, .. CorroboratingSourceKeys.Where(k => k != PrimarySourceKey).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>How many independent sources (distinct documents) back the fact.</summary>
    public int SourceCount => SourceKeys.Count;
}
