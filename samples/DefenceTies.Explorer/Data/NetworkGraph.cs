namespace DefenceTies.Explorer.Data;

/// <summary>The network of ties: what <c>/api/network</c> returns and the network page lists.</summary>
public sealed record NetworkGraph(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges);
