namespace DefenceTies.Cli.Briefing;

/// <summary>A document the briefing's facts cite.</summary>
internal sealed record BriefingSource(string Key, string? Title, string PublishedOn, string Origin);
