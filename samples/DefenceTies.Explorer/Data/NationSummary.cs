namespace DefenceTies.Explorer.Data;

/// <summary>A nation with ties, and how many of each kind of tie it has.</summary>
public sealed record NationSummary
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required int Agreements { get; init; }

    public required int Exercises { get; init; }

    public required int Engagements { get; init; }

    public required int WorkingGroups { get; init; }
}
