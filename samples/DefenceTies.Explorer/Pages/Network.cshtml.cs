using DefenceTies.Explorer.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DefenceTies.Explorer.Pages;

/// <summary>
/// The network of ties: a form (works without JavaScript), the ties as a table, and the same data
/// drawn by Cytoscape.js from <c>/api/network</c> with the same query string.
/// </summary>
public sealed class NetworkModel(ExplorerQueries queries) : PageModel
{
    public NetworkFilter Filter { get; private set; } = NetworkFilter.Everything;

    public NetworkGraph Graph { get; private set; } = new([], []);

    public string? From => Filter.From?.ToString();

    public string? To => Filter.To?.ToString();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = NetworkFilter.Parse(Request.Query["from"], Request.Query["to"], Request.Query["kind"]);
        Graph = await queries.NetworkAsync(Filter, cancellationToken);
    }
}
