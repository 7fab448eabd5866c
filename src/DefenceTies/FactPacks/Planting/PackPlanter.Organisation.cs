using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    private Organisation Organisation(JsonElement f, string path)
    {
        var nation = Nation(f, "nation", path);
        var name = Text(f, "name");
        var kind = Enum<OrganisationKind>(f, "kind");
        var host = f.TryGetProperty("hostNation", out _) ? Nation(f, "hostNation", path) : null;
        var citation = Cite(f, path);
        var candidate = new Organisation(nation, name, kind, citation, host);
        var existing = _store.All<Organisation>().FirstOrDefault(o => Same(o.Nation, o.NationId, nation) && o.Name == name && (name != null || o.Kind == kind));
        if (existing is null)
        {
            NotKnownByAnotherName(f, path, "name", name, _store.All<Organisation>().Where(o => Same(o.Nation, o.NationId, nation)), o => o.Name);
        }

        var organisation = Keep(candidate, existing, citation);
        OtherNames(f, path, organisation);
        return organisation;
    }
}
