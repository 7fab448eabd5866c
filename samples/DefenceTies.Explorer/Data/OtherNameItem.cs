using DefenceTies.Model;
using DefenceTies.Querying;

namespace DefenceTies.Explorer.Data;

/// <summary>Another name of a person, post, body or agreement (an acronym, a native-language title), with the passage giving it.</summary>
public sealed record OtherNameItem
{
    public required string Name { get; init; }

    public required OtherNameKind Kind { get; init; }

    /// <summary>The alias's language as a BCP 47 tag, when the source says it.</summary>
    public required string? Language { get; init; }

    public required CitationEvidence Evidence { get; init; }
}
