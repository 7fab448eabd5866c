using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    private SecurityIssue SecurityIssue(JsonElement f, string path)
    {
        var issue = Named(f, path, name => new SecurityIssue(name, Cite(f, path)));
        Links(f, "regions", path, (link, linkPath) =>
        {
            var region = Reference<Region>(link, "region", linkPath, "region");
            var citation = Cite(link, linkPath);
            Link(issue.Regions.FirstOrDefault(r => Same(r.Region, r.RegionId, region)), citation, () => issue.LocateIn(region, citation));
        });
        Links(f, "actors", path, (link, linkPath) =>
        {
            var role = Enum<SecurityIssueRole>(link, "role");
            var nation = link.TryGetProperty("nation", out _) ? Nation(link, "nation", linkPath) : null;
            var organisation = Optional<Organisation>(link, "organisation", linkPath, "organisation");
            if ((nation is null) == (organisation is null))
            {
                throw Fail(linkPath, "an actor is a nation or an organisation; expected exactly one of \"nation\" and \"organisation\".");
            }

            var date = Date(link, "date", linkPath);
            var citation = Cite(link, linkPath);
            var known = issue.Actors.FirstOrDefault(a => a.Role == role
                && (nation is not null ? a.Nation is not null || a.NationId is not null ? Same(a.Nation, a.NationId ?? 0, nation) : false
                    : a.Organisation is not null || a.OrganisationId is not null ? Same(a.Organisation, a.OrganisationId ?? 0, organisation!) : false));
            Link(known, citation, () => nation is not null ? issue.AddActor(role, nation, citation, date) : issue.AddActor(role, organisation!, citation, date),
                (nameof(SecurityIssueActor.Date), date));
        });
        return issue;
    }
}
