using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// An event: merged only when the pack says the stored one is the same.
internal sealed partial class PackPlanter
{
    private WorkingGroup WorkingGroup(JsonElement f, string path)
    {
        var name = Text(f, "name");
        var establishedBy = Optional<Agreement>(f, "establishedBy", path, "agreement");
        var parent = Optional<Organisation>(f, "parent", path, "organisation");
        var citation = Cite(f, path);
        var candidate = new WorkingGroup(name, Text(f, "mandate")!, Enum<WorkingGroupStatus>(f, "status"), citation, establishedBy, parent, Text(f, "significance"));
        WorkingGroup? existing;
        // A named group is merged by its name, unless the pack names the group it restates by reference.
        if (name is not null && !(f.TryGetProperty("corroborates", out var corroborates) && corroborates.ValueKind == JsonValueKind.Object))
        {
            existing = _store.All<WorkingGroup>().FirstOrDefault(g => g.Name == name);
        }
        else
        {
            var nations = NationSet(f, "members", path);
            existing = SameAs(f, path, name is null ? "unnamed working group" : "working group", "members and establishing agreement", _store.All<WorkingGroup>()
                .Where(g => g.Name is null
                    && (establishedBy is null ? g.EstablishedBy is null && g.EstablishedByAgreementId is null : Same(g.EstablishedBy, g.EstablishedByAgreementId ?? 0, establishedBy))
                    && NationKeys(g.Members.Select(m => ((Nation?)m.Nation, m.NationId))).SetEquals(nations)));
        }

        var group = Keep(candidate, existing, citation);
        Links(f, "members", path, (link, linkPath) =>
        {
            var nation = Nation(link, "nation", linkPath);
            ParticipationRole? statedRole = link.TryGetProperty("role", out _) ? Enum<ParticipationRole>(link, "role") : null;
            var termStartedOn = Date(link, "termStartedOn", linkPath);
            var termEndedOn = Date(link, "termEndedOn", linkPath);
            var memberCitation = Cite(link, linkPath);
            Link(group.Members.FirstOrDefault(m => Same(m.Nation, m.NationId, nation)), memberCitation, () => group.AddMember(nation, memberCitation, statedRole ?? ParticipationRole.Member, termStartedOn, termEndedOn),
                (nameof(WorkingGroupMember.Role), statedRole), (nameof(WorkingGroupMember.TermStartedOn), termStartedOn), (nameof(WorkingGroupMember.TermEndedOn), termEndedOn));
        });
        Links(f, "focusAreas", path, (link, linkPath) =>
        {
            var area = Reference<CooperationArea>(link, "area", linkPath, "cooperationArea");
            var areaCitation = Cite(link, linkPath);
            Link(group.FocusAreas.FirstOrDefault(a => Same(a.CooperationArea, a.CooperationAreaId, area)), areaCitation, () => group.AddFocusArea(area, areaCitation));
        });
        return group;
    }
}
