using DefenceTies.Explorer.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DefenceTies.Explorer.Pages;

/// <summary>One source document: what it states about itself, and per fact it cites whether it added, corroborated or contested it.</summary>
public sealed class DocumentModel(ExplorerQueries queries) : PageModel
{
    public DocumentView? View { get; private set; }

    /// <summary>The key as requested, for the page that says no document has it.</summary>
    public string RequestedKey { get; private set; } = string.Empty;

    public async Task OnGetAsync(string key, CancellationToken cancellationToken)
    {
        RequestedKey = key;
        View = await queries.DocumentAsync(key, cancellationToken);
        if (View is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
