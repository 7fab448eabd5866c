using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    private NationalAim NationalAim(JsonElement f, string path)
    {
        var nation = Nation(f, "nation", path);
        var description = Text(f, "description")!;
        var citation = Cite(f, path);
        var candidate = new NationalAim(nation, description, citation);
        var existing = _store.All<NationalAim>().FirstOrDefault(a => Same(a.Nation, a.NationId, nation) && a.Description == description);
        return Keep(candidate, existing, citation);
    }
}
