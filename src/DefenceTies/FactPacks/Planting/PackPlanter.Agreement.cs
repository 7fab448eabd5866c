using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// An event: merged only when the pack says the stored one is the same.
internal sealed partial class PackPlanter
{
    /// <summary>
    /// The bodies that signed, after the parties (a signatory's nation must be one): each merges onto
    /// the known signatory of the same body, whose role another source may contest; a different
    /// nation it signed for is refused, naming the known one.
    /// </summary>
    private void Signatories(JsonElement f, string path, Agreement agreement) =>
        Links(f, "signatories", path, (link, linkPath) =>
        {
            var citation = Cite(link, linkPath);
            var body = Reference<Organisation>(link, "organisation", linkPath, "organisation");
            var role = link.TryGetProperty("role", out _) ? Enum<SignatoryRole>(link, "role") : SignatoryRole.Signatory;
            var onBehalfOf = link.TryGetProperty("onBehalfOf", out _) ? Nation(link, "onBehalfOf", linkPath) : null;
            var known = agreement.Signatories.FirstOrDefault(s => Same(s.Organisation, s.OrganisationId, body));
            if (known is not null && onBehalfOf is not null && (known.OnBehalfOf is not null || known.OnBehalfOfId is not null) && !Same(known.OnBehalfOf, known.OnBehalfOfId ?? 0, onBehalfOf))
            {
                throw Fail($"{linkPath}.onBehalfOf", $"'{body.DisplayName}' is known to have signed on behalf of {known.OnBehalfOf?.Alpha2Code ?? $"nation #{known.OnBehalfOfId}"}; expected that nation, or none.");
            }

            Link(known, citation, () => agreement.AddSignatory(body, citation, role, onBehalfOf), (nameof(AgreementSignatory.Role), role));
        });

    /// <summary>
    /// The steps of its legal life, after the parties (a step's party must be one): each merges onto
    /// the known event of the same kind and party, whose date another source may contest; then the
    /// status and dates that follow from the events are recomputed (<see cref="Model.Agreement.AddEvent"/>).
    /// </summary>
    private void AgreementEvents(JsonElement f, string path, Agreement agreement)
    {
        if (!f.TryGetProperty("events", out _))
        {
            return;
        }

        Links(f, "events", path, (link, linkPath) =>
        {
            var citation = Cite(link, linkPath);
            var kind = Enum<AgreementEventKind>(link, "kind");
            var party = link.TryGetProperty("party", out _) ? Nation(link, "party", linkPath) : null;
            var body = Optional<Organisation>(link, "by", linkPath, "organisation");
            var on = Date(link, "on", linkPath);
            var known = agreement.Events.FirstOrDefault(e => e.Kind == kind
                && (party is null ? e.Party is null && e.PartyId is null : (e.Party is not null || e.PartyId is not null) && Same(e.Party, e.PartyId ?? 0, party)));
            if (known is not null && Cites(_document, known))
            {
                throw Fail($"{linkPath}.kind", $"this pack already states a {kind} step {(party is null ? "for the agreement as a whole" : $"for {party.Alpha2Code}")}; expected each step once (a second date from the same source is not a claim).");
            }

            Link(known, citation, () => agreement.AddEvent(kind, citation, on, party, body), (nameof(AgreementEvent.OccurredOn), on));
        });

        // A restated event may have brought a date the known one lacked.
        Guarded(path, agreement.ApplyLegalLife);
    }

    private Agreement Agreement(JsonElement f, string path)
    {
        var kind = Enum<AgreementKind>(f, "kind");
        var concludedOn = Date(f, "concludedOn", path);
        var engagement = Optional<Engagement>(f, "engagement", path, "engagement");
        var framework = Optional<Agreement>(f, "framework", path, "agreement");
        var policy = Optional<Policy>(f, "policy", path, "policy");
        var citation = Cite(f, path);
        var candidate = new Agreement(Text(f, "title"), kind, Enum<AgreementStatus>(f, "status"), Text(f, "subject")!, concludedOn, citation, engagement,
                Date(f, "enteredIntoForceOn", path), Date(f, "endedOn", path), Text(f, "significance"), framework, policy);
        var parties = PartySet(f, "parties", path);
        var existing = SameAs(f, path, "agreement", "kind, date and parties", _store.All<Agreement>()
            .Where(a => a.Kind == kind && a.ConcludedOn == concludedOn
                && NationKeys(a.Parties.Select(p => ((Nation?)p.Nation, p.NationId))).Concat(BodyKeys(a.OrganisationParties.Select(p => ((Organisation?)p.Organisation, p.OrganisationId)))).ToHashSet().SetEquals(parties)));
        if (existing is null)
        {
            NotKnownByAnotherName(f, path, "title", candidate.Title, _store.All<Agreement>(), a => a.Title);
        }

        var agreement = Keep(candidate, existing, citation);
        LinkOnce(agreement, candidate, nameof(Model.Agreement.Framework), framework, citation, path, a => a.DisplayTitle);
        LinkOnce(agreement, candidate, nameof(Model.Agreement.Policy), policy, citation, path, p => p.Name);
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
        Signatories(f, path, agreement);
        AgreementEvents(f, path, agreement);
        OtherNames(f, path, agreement);
        return agreement;
    }
}
