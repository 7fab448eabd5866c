using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>
/// The citation of one value of a fact (see <see cref="ValueCitation"/> and
/// <see cref="CitedEntity.CiteValue"/>): an agreement whose date its source only implies, say. The
/// importer applies <see cref="CitedEntity.CiteValue"/>'s rules: the property is a value of that
/// kind of fact, has at most one citation of its own, and is cited by a citation other than the
/// fact's, of the fact's document. The fact is named by kind and key, and the importer sets the
/// foreign key column of that kind in <c>value_citations</c>.
/// </summary>
/// <remarks>
/// Like every row it has an <see cref="BulkRow.Id"/>, the row's key in <c>value_citations</c>. It
/// cites the value the fact holds: it is stored as the preferred claim for that value, unranked
/// (competing claims come from fact packs and are ranked through the API).
/// </remarks>
public sealed class ValueCitationRow : BulkRow
{
    /// <summary>The kind of fact, by its model name: <c>nameof(Agreement)</c>.</summary>
    public required string FactType { get; init; }

    /// <summary>The fact's key, a fact of <see cref="FactType"/> in the same batch or already stored.</summary>
    public required int FactId { get; init; }

    /// <summary>The value, by the model's name of its property: <c>nameof(Agreement.ConcludedOn)</c>.</summary>
    public required string Property { get; init; }

    /// <summary>The citation supporting the value, in the same batch or already stored.</summary>
    public required int CitationId { get; init; }
}
