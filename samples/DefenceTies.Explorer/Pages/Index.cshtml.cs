using DefenceTies.Explorer.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DefenceTies.Explorer.Pages;

/// <summary>Every nation with ties, searchable by name or code.</summary>
public sealed class IndexModel(ExplorerQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<NationSummary> Nations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Nations = await queries.NationsAsync(Q, cancellationToken);
}
