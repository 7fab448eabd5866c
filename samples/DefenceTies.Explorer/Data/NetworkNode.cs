namespace DefenceTies.Explorer.Data;

/// <summary>A nation (<c>n:IN</c>), body (<c>o:12</c>) or person (<c>p:3</c>).</summary>
public sealed record NetworkNode(string Id, string Label, string Kind);
