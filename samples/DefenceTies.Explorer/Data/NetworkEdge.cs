namespace DefenceTies.Explorer.Data;

/// <summary>A tie between two nodes, with the fact that records it.</summary>
public sealed record NetworkEdge(string Id, string Source, string Target, string Kind, string Label, string? Date, string FactUrl);
