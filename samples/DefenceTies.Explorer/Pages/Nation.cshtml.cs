using DefenceTies.Explorer.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DefenceTies.Explorer.Pages;

/// <summary>
/// One nation: the nations it has ties with, each a link to the pair's timeline; its bodies and the
/// bodies it belongs to, each a link to its organisation page; its people; what it owns; the
/// security issues it plays a part in.
/// </summary>
public sealed class NationModel(ExplorerQueries queries) : PageModel
{
    public NationName? Nation { get; private set; }

    public IReadOnlyList<string> Missing { get; private set; } = [];

    public IReadOnlyList<NationName> Partners { get; private set; } = [];

    public NationActors? Actors { get; private set; }

    public async Task OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Nation = await queries.NationAsync(code, cancellationToken);
        if (Nation is null)
        {
            Missing = [code];
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var network = await queries.NetworkAsync(NetworkFilter.Parse(null, null, [FactKind.Agreement, FactKind.Engagement, FactKind.Exercise, FactKind.WorkingGroup]), cancellationToken);
        var self = $"n:{Nation.Code}";
        var partnerIds = network.Edges.Where(e => e.Source == self || e.Target == self).Select(e => e.Source == self ? e.Target : e.Source).ToHashSet(StringComparer.Ordinal);
        Actors = await queries.NationActorsAsync(Nation, cancellationToken);
        Partners = [.. network.Nodes.Where(n => partnerIds.Contains(n.Id)).Select(n => new NationName(n.Id[2..], n.Label)).OrderBy(n => n.Name, StringComparer.Ordinal)];
    }
}
