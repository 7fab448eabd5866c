using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// An initiative: merged only when the pack says the stored one with its name and nations is the same.
internal sealed partial class PackPlanter
{
    private Initiative Initiative(JsonElement f, string path)
    {
        var name = Text(f, "name")!;
        var steeringGroup = Optional<WorkingGroup>(f, "steeringGroup", path, "workingGroup");
        var policy = Optional<Policy>(f, "policy", path, "policy");
        var aim = Optional<NationalAim>(f, "aim", path, "nationalAim");
        var citation = Cite(f, path);
        var candidate = new Initiative(name, citation, steeringGroup, policy, aim);
        var nations = NationSet(f, "nations", path);
        var existing = SameAs(f, path, "initiative", "name and nations", _store.All<Initiative>()
            .Where(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase) && NationKeys(i.Participants.Select(p => ((Nation?)p.Nation, p.NationId))).SetEquals(nations)));
        var initiative = Keep(candidate, existing, citation);
        LinkOnce(initiative, candidate, nameof(Model.Initiative.SteeringGroup), steeringGroup, citation, path, g => g.DisplayName);
        LinkOnce(initiative, candidate, nameof(Model.Initiative.Policy), policy, citation, path, p => p.Name);
        LinkOnce(initiative, candidate, nameof(Model.Initiative.Aim), aim, citation, path, a => a.Description);
        Links(f, "nations", path, (link, linkPath) =>
        {
            var nation = Nation(link, "nation", linkPath);
            var linkCitation = Cite(link, linkPath);
            Link(initiative.Participants.FirstOrDefault(p => Same(p.Nation, p.NationId, nation)), linkCitation, () => initiative.AddParticipant(nation, linkCitation));
        });
        return initiative;
    }
}
