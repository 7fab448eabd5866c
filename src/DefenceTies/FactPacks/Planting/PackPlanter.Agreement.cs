using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// An event: merged only when the pack says the stored one is the same.
internal sealed partial class PackPlanter
{
    private Agreement Agreement(JsonElement f, string path)
    {
        var kind = Enum<AgreementKind>(f, "kind");
        var concludedOn = Date(f, "concludedOn", path);
        var engagement = Optional<Engagement>(f, "engagement", path, "engagement");
        var citation = Cite(f, path);
        var candidate = new Agreement(Text(f, "title"), kind, Enum<AgreementStatus>(f, "status"), Text(f, "subject")!, concludedOn, citation, engagement,
                Date(f, "enteredIntoForceOn", path), Date(f, "endedOn", path), Text(f, "significance"));
        var parties = PartySet(f, "parties", path);
        var existing = SameAs(f, path, "agreement", "kind, date and parties", _store.All<Agreement>()
            .Where(a => a.Kind == kind && a.ConcludedOn == concludedOn
                && NationKeys(a.Parties.Select(p => ((Nation?)p.Nation, p.NationId))).Concat(BodyKeys(a.OrganisationParties.Select(p => ((Organisation?)p.Organisation, p.OrganisationId)))).ToHashSet().SetEquals(parties)));
        if (existing is null)
        {
            NotKnownByAnotherName(f, path, "title", candidate.Title, _store.All<Agreement>(), a => a.Title);
        }

        var agreement = Keep(candidate, existing, citation);
        Links(f, "parties", path, (link, linkPath) =>
        {
            var partyCitation = Cite(link, linkPath);
            if (link.TryGetProperty("organisation", out _))
            {
                var body = Reference<Organisation>(link, "organisation", linkPath, "organisation");
                Link(agreement.OrganisationParties.FirstOrDefault(p => Same(p.Organisation, p.OrganisationId, body)), partyCitation, () => agreement.AddParty(body, partyCitation));
                return;
            }

            var nation = Nation(link, "nation", linkPath);
            Link(agreement.Parties.FirstOrDefault(p => Same(p.Nation, p.NationId, nation)), partyCitation, () => agreement.AddParty(nation, partyCitation));
        });
        OtherNames(f, path, agreement);
        return agreement;
    }
}
