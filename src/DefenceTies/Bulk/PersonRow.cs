using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>A person (see <see cref="Person"/>).</summary>
public sealed class PersonRow : BulkRow
{
    /// <summary>The name as the source gives it, without rank.</summary>
    public required string Name { get; init; }

    /// <summary>A rank or honorific (Gen), if the source gives one.</summary>
    public string? Rank { get; init; }

    /// <summary>The supporting citation.</summary>
    public required int CitationId { get; init; }
}
