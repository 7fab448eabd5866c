using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    private Post Post(JsonElement f, string path)
    {
        var nation = f.TryGetProperty("nation", out _) ? Nation(f, "nation", path) : null;
        var title = Text(f, "title")!;
        var organisation = Optional<Organisation>(f, "organisation", path, "organisation");
        var accreditedTo = f.TryGetProperty("accreditedTo", out _) ? Nation(f, "accreditedTo", path) : null;
        var citation = Cite(f, path);
        var candidate = new Post(nation, title, citation, organisation, accreditedTo);
        // A nation's post is keyed by its nation and title; a post of a body without a nation by its body and title.
        var existing = nation is not null
            ? _store.All<Post>().FirstOrDefault(p => Same(p.Nation, p.NationId ?? 0, nation) && p.Title == title)
            : _store.All<Post>().FirstOrDefault(p => p.Nation is null && p.NationId is null && Same(p.Organisation, p.OrganisationId ?? 0, organisation!) && p.Title == title);
        if (existing is not null && accreditedTo is not null && (existing.AccreditedTo is not null || existing.AccreditedToId is not null)
            && !Same(existing.AccreditedTo, existing.AccreditedToId ?? 0, accreditedTo))
        {
            throw Fail($"{path}.accreditedTo", $"the post '{title}' is known as accredited to another nation; expected the same nation.");
        }

        if (existing is null)
        {
            NotKnownByAnotherName(f, path, "title", title, _store.All<Post>().Where(p => nation is not null ? Same(p.Nation, p.NationId ?? 0, nation) : p.NationId is null && p.Nation is null && Same(p.Organisation, p.OrganisationId ?? 0, organisation!)), p => p.Title);
        }

        var post = Keep(candidate, existing, citation);
        OtherNames(f, path, post);
        return post;
    }
}
