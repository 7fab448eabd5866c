using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    private NationRelation NationRelation(JsonElement f, string path)
    {
        var subject = Nation(f, "subject", path);
        var kind = Enum<NationRelationKind>(f, "kind");
        var counterpart = Nation(f, "counterpart", path);
        var region = Optional<Region>(f, "region", path, "region");
        var policy = Optional<Policy>(f, "policy", path, "policy");
        var level = Text(f, "level");
        var citation = Cite(f, path);
        var candidate = new NationRelation(subject, kind, counterpart, citation, region, Date(f, "date", path), level, policy);
        var existing = _store.All<NationRelation>().FirstOrDefault(r =>
            Same(r.Subject, r.SubjectNationId, subject) && r.Kind == kind && Same(r.Counterpart, r.CounterpartNationId, counterpart)
            && (region is null ? r.Region is null && r.RegionId is null : Same(r.Region, r.RegionId ?? 0, region))
            && string.Equals(r.Level, level, StringComparison.OrdinalIgnoreCase));
        var relation = Keep(candidate, existing, citation);
        LinkOnce(relation, candidate, nameof(Model.NationRelation.Policy), policy, citation, path, p => p.Name);
        return relation;
    }
}
