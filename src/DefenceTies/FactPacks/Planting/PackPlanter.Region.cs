using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    /// <summary>A place merges on its nation and name (a place of no nation on its name); another source's kind, code, coordinates or GeoNames id are claims.</summary>
    private Region Region(JsonElement f, string path)
    {
        var name = Text(f, "name")!;
        var nation = f.TryGetProperty("nation", out _) ? Nation(f, "nation", path) : null;
        var candidate = new Region(
            name,
            Enum<RegionKind>(f, "kind"),
            Cite(f, path),
            nation,
            Text(f, "subdivisionCode"),
            f.TryGetProperty("latitude", out var latitude) ? latitude.GetDecimal() : null,
            f.TryGetProperty("longitude", out var longitude) ? longitude.GetDecimal() : null,
            f.TryGetProperty("geoNamesId", out var geoNames) ? geoNames.GetInt32() : null);
        var existing = _store.All<Region>().FirstOrDefault(r => r.Name == name
            && (nation is null ? r.Nation is null && r.NationId is null : (r.Nation is not null || r.NationId is not null) && Same(r.Nation, r.NationId ?? 0, nation)));
        return Keep(candidate, existing, candidate.Citation);
    }
}
