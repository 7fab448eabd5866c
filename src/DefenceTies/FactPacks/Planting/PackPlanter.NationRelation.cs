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
        var citation = Cite(f, path);
        var candidate = new NationRelation(subject, kind, counterpart, citation, region, Date(f, "date", path));
        var existing = _store.All<NationRelation>().FirstOrDefault(r =>
            Same(r.Subject, r.SubjectNationId, subject) && r.Kind == kind && Same(r.Counterpart, r.CounterpartNationId, counterpart)
            && (region is null ? r.Region is null && r.RegionId is null : Same(r.Region, r.RegionId ?? 0, region)));
        return Keep(candidate, existing, citation);
    }
}
