namespace DefenceTies.Cli.Briefing;

/// <summary>One line of a briefing: the fact in words, in its section, with its date and evidence.</summary>
internal sealed record BriefingFact(string Section, string Text, string? Date, Evidence Evidence);
