namespace DefenceTies.Cli.Briefing;

/// <summary>A cited briefing on two nations: who they are, then every stored fact involving both, then the documents cited.</summary>
internal sealed record BriefingReport(
    IReadOnlyList<BriefingNation> Nations,
    IReadOnlyList<BriefingFact> Facts,
    IReadOnlyList<BriefingSource> Sources);
