namespace DefenceTies.Explorer.Data;

/// <summary>A nation's alpha-2 code and name.</summary>
public sealed record NationName(string Code, string Name);
