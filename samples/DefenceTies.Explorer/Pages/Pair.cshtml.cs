using DefenceTies.Explorer.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DefenceTies.Explorer.Pages;

/// <summary>Two nations' relationship as a timeline, each entry with its evidence.</summary>
public sealed class PairModel(ExplorerQueries queries) : PageModel
{
    public PairView? View { get; private set; }

    public IReadOnlyList<string> Missing { get; private set; } = [];

    public bool SameNation { get; private set; }

    public async Task OnGetAsync(string first, string second, CancellationToken cancellationToken)
    {
        var a = await queries.NationAsync(first, cancellationToken);
        var b = await queries.NationAsync(second, cancellationToken);
        if (a is null || b is null)
        {
            Missing = [.. new[] { (a, first), (b, second) }.Where(x => x.Item1 is null).Select(x => x.Item2)];
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (a == b)
        {
            SameNation = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        View = new PairView(a, b, await queries.TimelineAsync(a, b, cancellationToken));
    }
}
