using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>A nation, by its ISO 3166-1 codes (see <see cref="Nation"/>).</summary>
public sealed class NationRow : BulkRow
{
    /// <summary>Two upper-case letters (IN), an assigned ISO 3166-1 code, unique.</summary>
    public required string Alpha2Code { get; init; }

    /// <summary>Three upper-case letters (IND), the alpha-3 code of the same ISO 3166-1 entry, unique.</summary>
    public required string Alpha3Code { get; init; }

    /// <summary>Three digits, leading zeros kept (356), the numeric code of the same ISO 3166-1 entry, unique.</summary>
    public required string NumericCode { get; init; }

    /// <summary>The short name, unique.</summary>
    public required string Name { get; init; }

    /// <summary>The Correlates of War state number (750), unique; <see langword="null"/> when no source gives one.</summary>
    public int? CorrelatesOfWarCode { get; init; }

    /// <summary>The Correlates of War state abbreviation (IND), unique; set exactly when <see cref="CorrelatesOfWarCode"/> is.</summary>
    public string? CorrelatesOfWarAbbreviation { get; init; }

    /// <summary>The Gleditsch–Ward state number (750), unique; <see langword="null"/> when no source gives one.</summary>
    public int? GleditschWardCode { get; init; }

    /// <summary>The Gleditsch–Ward state abbreviation (IND), unique; set exactly when <see cref="GleditschWardCode"/> is.</summary>
    public string? GleditschWardAbbreviation { get; init; }

    /// <summary>The supporting citation.</summary>
    public required int CitationId { get; init; }
}
