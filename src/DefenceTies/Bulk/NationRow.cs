using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>A nation, by its ISO 3166-1 codes (see <see cref="Nation"/>).</summary>
public sealed class NationRow : BulkRow
{
    /// <summary>Two upper-case letters (IN), unique.</summary>
    public required string Alpha2Code { get; init; }

    /// <summary>Three upper-case letters (IND), unique.</summary>
    public required string Alpha3Code { get; init; }

    /// <summary>Three digits, leading zeros kept (356), unique.</summary>
    public required string NumericCode { get; init; }

    /// <summary>The short name, unique.</summary>
    public required string Name { get; init; }

    /// <summary>The supporting citation.</summary>
    public required int CitationId { get; init; }
}
