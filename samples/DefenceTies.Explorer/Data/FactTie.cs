using DefenceTies.Model;
using DefenceTies.Querying;

namespace DefenceTies.Explorer.Data;

/// <summary>
/// A fact a body or nation takes part in, and its part: an agreement it is party to or signed
/// (or witnessed), a meeting it attended in a role, a working group it set up.
/// </summary>
public sealed record FactTie
{
    /// <summary>The fact, linking to its fact page.</summary>
    public required ActorName Fact { get; init; }

    /// <summary>The fact's date, at the precision stored; null when the source gives none.</summary>
    public required PartialDate? Date { get; init; }

    /// <summary>Its part, in words ("party", "signatory on behalf of Portugal", "host").</summary>
    public required string Part { get; init; }

    /// <summary>The passage backing the part.</summary>
    public required CitationEvidence Evidence { get; init; }
}
