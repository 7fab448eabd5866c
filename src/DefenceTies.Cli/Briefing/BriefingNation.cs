namespace DefenceTies.Cli.Briefing;

/// <summary>A nation of the briefing, with its codes from the reference list and that list's line.</summary>
internal sealed record BriefingNation(
    int Id,
    string Name,
    string Alpha2Code,
    string Alpha3Code,
    string NumericCode,
    int? CorrelatesOfWarCode,
    string? CorrelatesOfWarAbbreviation,
    int? GleditschWardCode,
    string? GleditschWardAbbreviation,
    string Passage);
