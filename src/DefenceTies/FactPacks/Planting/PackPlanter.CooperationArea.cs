using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    private CooperationArea CooperationArea(JsonElement f, string path) => Named(f, path, name => new CooperationArea(name, Cite(f, path)));
}
