using DefenceTies.Explorer.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DefenceTies.Explorer.Pages;

/// <summary>One fact with every citation backing it, each passage marked in its document.</summary>
public sealed class FactModel(ExplorerQueries queries) : PageModel
{
    public FactView? View { get; private set; }

    public async Task OnGetAsync(string kind, int id, CancellationToken cancellationToken)
    {
        View = await queries.FactAsync(kind, id, cancellationToken);
        if (View is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
