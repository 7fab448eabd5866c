using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    private Person Person(JsonElement f, string path)
    {
        var name = Text(f, "name")!;
        var rank = Text(f, "rank");
        var citation = Cite(f, path);
        var candidate = new Person(name, citation, rank);
        var existing = _store.All<Person>().FirstOrDefault(p => p.Name == name);
        return Keep(candidate, existing, citation);
    }
}
