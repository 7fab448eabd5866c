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
        if (existing is null)
        {
            NotKnownByAnotherName(f, path, "name", name, _store.All<Person>(), p => p.Name);
        }

        var person = Keep(candidate, existing, citation);
        OtherNames(f, path, person);
        return person;
    }
}
