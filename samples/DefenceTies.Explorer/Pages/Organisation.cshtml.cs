using System.Globalization;
using DefenceTies.Explorer.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DefenceTies.Explorer.Pages;

/// <summary>One body (a forum, an international organisation, a company, a nation's ministry) and every tie recorded for it, each with its passage.</summary>
public sealed class OrganisationModel(ExplorerQueries queries) : PageModel
{
    public OrganisationView? View { get; private set; }

    /// <summary>The id as requested, for the page that says no body has it.</summary>
    public string RequestedId { get; private set; } = string.Empty;

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        RequestedId = id;

        // The id is read here rather than by a route constraint, so that a malformed one gets the
        // same page naming it as an unknown one, not the bare "no page at this address".
        if (int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            View = await queries.OrganisationPageAsync(number, cancellationToken);
        }

        if (View is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
