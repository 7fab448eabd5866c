using DefenceTies.Querying;

namespace DefenceTies.Explorer.Data;

/// <summary>One claim for a value: the value it gives, how it ranks and the citation it rests on, in its document.</summary>
/// <param name="Evidence">The library's reading of the claim: value, rank, when and why ranked.</param>
/// <param name="Citation">Its citation, the passage split out of its document so the page can mark it.</param>
public sealed record ValueClaim(ClaimEvidence Evidence, CitationInDocument Citation);
