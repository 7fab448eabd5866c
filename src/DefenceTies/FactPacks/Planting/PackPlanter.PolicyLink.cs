using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    private PolicyLink PolicyLink(JsonElement f, string path)
    {
        var from = Reference<Policy>(f, "from", path, "policy");
        var kind = Enum<PolicyLinkKind>(f, "kind");
        var to = Reference<Policy>(f, "to", path, "policy");
        var citation = Cite(f, path);
        var existing = _store.All<PolicyLink>().FirstOrDefault(l => Same(l.From, l.FromPolicyId, from) && l.Kind == kind && Same(l.To, l.ToPolicyId, to));
        return Keep(new PolicyLink(from, kind, to, citation, Text(f, "significance")), existing, citation);
    }
}
