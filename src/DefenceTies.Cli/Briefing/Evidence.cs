using DefenceTies.Model;
using DefenceTies.Querying;

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
    IReadOnlyList<string> Sources)
{
    /// <summary>
    /// The briefing's summary of a fact's evidence as the library reads it (<see cref="EvidenceQueries.EvidenceAsync"/>):
    /// the citations of the fact itself, its own first; its parts' citations are not the fact's.
    /// </summary>
    public static Evidence Of(IEnumerable<CitationEvidence> citations)
    {
        var backing = citations.Where(c => c.Target.Kind == EvidenceTargetKind.Fact).ToList();
        var own = backing.First(c => !c.IsCorroboration);
        return new Evidence(
            own.Passage,
            own.Document.Key,
            own.Support,
            own.Note,
            backing.Any(c => c.Support == SupportKind.Stated),
            [.. backing.Select(c => c.Claimant?.Label).OfType<string>().Distinct()],
            [own.Document.Key, .. backing.Select(c => c.Document.Key).Where(k => k != own.Document.Key).Distinct().Order(StringComparer.Ordinal)]);
    }
}
