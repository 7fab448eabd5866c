using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    private PostHolding PostHolding(JsonElement f, string path)
    {
        var person = Reference<Person>(f, "person", path, "person");
        var post = Reference<Post>(f, "post", path, "post");
        var citation = Cite(f, path);
        var candidate = new PostHolding(person, post, citation, Date(f, "startedOn", path), Date(f, "endedOn", path));
        var existing = _store.All<PostHolding>().FirstOrDefault(h => Same(h.Person, h.PersonId, person) && Same(h.Post, h.PostId, post));
        return Keep(candidate, existing, citation);
    }
}
