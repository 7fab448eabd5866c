using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    private Post Post(JsonElement f, string path)
    {
        var nation = Nation(f, "nation", path);
        var title = Text(f, "title")!;
        var organisation = Optional<Organisation>(f, "organisation", path, "organisation");
        var accreditedTo = f.TryGetProperty("accreditedTo", out _) ? Nation(f, "accreditedTo", path) : null;
        var citation = Cite(f, path);
        var candidate = new Post(nation, title, citation, organisation, accreditedTo);
        var existing = _store.All<Post>().FirstOrDefault(p => Same(p.Nation, p.NationId, nation) && p.Title == title);
        if (existing is not null && accreditedTo is not null && (existing.AccreditedTo is not null || existing.AccreditedToId is not null)
            && !Same(existing.AccreditedTo, existing.AccreditedToId ?? 0, accreditedTo))
        {
            throw Fail($"{path}.accreditedTo", $"the post '{title}' is known as accredited to another nation; expected the same nation.");
        }

        if (existing is null)
        {
            NotKnownByAnotherName(f, path, "title", title, _store.All<Post>().Where(p => Same(p.Nation, p.NationId, nation)), p => p.Title);
        }

        var post = Keep(candidate, existing, citation);
        OtherNames(f, path, post);
        return post;
    }
}
