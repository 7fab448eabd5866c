using DefenceTies.Model;

namespace DefenceTies.Cli.Briefing;

/// <summary>
/// What a fact of the briefing rests on: its primary passage and how that passage supports it, whose
/// claim it is when the source relays someone's statement, and every document that backs it.
/// </summary>
/// <param name="Passage">The primary citation's verbatim passage.</param>
/// <param name="Source">The key of the primary passage's document.</param>
/// <param name="Support">How the primary passage supports the fact.</param>
/// <param name="Note">Why an implied passage implies the fact.</param>
/// <param name="Stated">Whether some source (primary or corroborating) states the fact in so many words.</param>
/// <param name="ClaimedBy">The speakers whose statements the sources relay the fact from ("India's defence ministry").</param>
/// <param name="Sources">The distinct documents that back the fact, the primary one first.</param>
internal sealed record Evidence(
    string Passage,
    string Source,
    SupportKind Support,
    string? Note,
    bool Stated,
    IReadOnlyList<string> ClaimedBy,
    IReadOnlyList<string> Sources);
