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
        return issue;
    }
}
