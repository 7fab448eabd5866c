using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    private Region Region(JsonElement f, string path)
    {
        var kind = Enum<RegionKind>(f, "kind");
        return Named(f, path, name => new Region(name, kind, Cite(f, path)));
    }
}
