using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    private Policy Policy(JsonElement f, string path)
    {
        var nation = Nation(f, "nation", path);
        var name = Text(f, "name")!;
        var citation = Cite(f, path);
        var candidate = new Policy(nation, name, citation, Text(f, "aim"));
        var policy = Keep(candidate, _store.All<Policy>().FirstOrDefault(p => Same(p.Nation, p.NationId, nation) && p.Name == name), citation);
        Links(f, "partners", path, (link, linkPath) =>
        {
            var partner = Nation(link, "nation", linkPath);
            var linkCitation = Cite(link, linkPath);
            var existing = _store.All<PolicyPartner>().FirstOrDefault(p => Same(p.Policy, p.PolicyId, policy) && Same(p.Partner, p.PartnerNationId, partner));
            Keep(new PolicyPartner(policy, partner, linkCitation), existing, linkCitation);
        });
        return policy;
    }
}
