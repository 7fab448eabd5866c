namespace DefenceTies.Explorer.Data;

/// <summary>One part of a fact (the fact itself, or a detail with a citation of its own) and its citations.</summary>
public sealed record FactClaim(string Heading, IReadOnlyList<CitationInDocument> Citations);
