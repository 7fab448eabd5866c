using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    /// <summary>
    /// A body with a nation merges on its nation and name (an unnamed one on its nation and kind); a
    /// body without a nation on its name, or on its Wikidata item or COW abbreviation when the pack
    /// gives one the stored body has. An identifier that names another stored body than the name does
    /// is refused, naming both.
    /// </summary>
    private Organisation Organisation(JsonElement f, string path)
    {
        var nation = f.TryGetProperty("nation", out _) ? Nation(f, "nation", path) : null;
        var name = Text(f, "name");
        var kind = Enum<OrganisationKind>(f, "kind");
        var host = f.TryGetProperty("hostNation", out _) ? Nation(f, "hostNation", path) : null;
        var wikidataId = Text(f, "wikidataId");
        var cowCode = Text(f, "cowCode");
        var citation = Cite(f, path);
        var candidate = new Organisation(nation, name, kind, citation, host, wikidataId, cowCode);
        var known = _store.All<Organisation>().ToList();
        var existing = nation is not null
            ? known.FirstOrDefault(o => Same(o.Nation, o.NationId ?? 0, nation) && o.Name == name && (name != null || o.Kind == kind))
            : known.FirstOrDefault(o => o.Nation is null && o.NationId is null && o.Name == name);
        foreach (var (property, value) in new[] { ("wikidataId", wikidataId), ("cowCode", cowCode) })
        {
            var byCode = value is null ? null : known.FirstOrDefault(o => (property == "wikidataId" ? o.WikidataId : o.CowCode) == value);
            if (byCode is not null && !ReferenceEquals(byCode, existing))
            {
                throw Fail($"{path}.{property}", $"'{value}' identifies the known body '{byCode.DisplayName}' ({Describe(byCode)}), not '{candidate.DisplayName}'; expected that body's name{(byCode.Nation is null ? string.Empty : " and nation")}, or another identifier.");
            }
        }

        if (existing is null)
        {
            NotKnownByAnotherName(f, path, "name", name, known.Where(o => nation is not null ? Same(o.Nation, o.NationId ?? 0, nation) : o.Nation is null && o.NationId is null), o => o.Name);
        }

        var organisation = Keep(candidate, existing, citation);
        OtherNames(f, path, organisation);
        return organisation;
    }

    /// <summary>A membership merges on its body, member, role and start date.</summary>
    private OrganisationMembership Membership(JsonElement f, string path)
    {
        var organisation = Reference<Organisation>(f, "organisation", path, "organisation");
        var memberNation = f.TryGetProperty("memberNation", out _) ? Nation(f, "memberNation", path) : null;
        var memberOrganisation = Optional<Organisation>(f, "memberOrganisation", path, "organisation");
        var role = f.TryGetProperty("role", out _) ? Enum<ParticipationRole>(f, "role") : ParticipationRole.Member;
        var startedOn = Date(f, "startedOn", path);
        var endedOn = Date(f, "endedOn", path);
        var citation = Cite(f, path);
        if (memberNation is null && memberOrganisation is null)
        {
            throw Fail(path, "a membership names its member; expected \"memberNation\" or \"memberOrganisation\".");
        }

        var candidate = new OrganisationMembership(organisation, memberNation, memberOrganisation, role, startedOn, endedOn, citation);
        var existing = _store.All<OrganisationMembership>().FirstOrDefault(m => Same(m.Organisation, m.OrganisationId, organisation) && m.Role == role && m.StartedOn == startedOn
            && (memberNation is not null ? Same(m.MemberNation, m.MemberNationId ?? 0, memberNation) : Same(m.MemberOrganisation, m.MemberOrganisationId ?? 0, memberOrganisation!)));
        return Keep(candidate, existing, citation);
    }
}
