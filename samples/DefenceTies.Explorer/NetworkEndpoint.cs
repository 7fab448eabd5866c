using DefenceTies.Explorer.Data;

namespace DefenceTies.Explorer;

/// <summary><c>GET /api/network?from=2012&amp;to=2024-12&amp;kind=agreement&amp;kind=exercise</c>: the graph the network page draws, as JSON.</summary>
public static class NetworkEndpoint
{
    public static async Task<IResult> GetAsync(HttpRequest request, ExplorerQueries queries, CancellationToken cancellationToken)
    {
        var filter = NetworkFilter.Parse(request.Query["from"], request.Query["to"], request.Query["kind"]);
        var graph = await queries.NetworkAsync(filter, cancellationToken);
        return Results.Ok(new { graph.Nodes, graph.Edges, filter.Problems });
    }
}
