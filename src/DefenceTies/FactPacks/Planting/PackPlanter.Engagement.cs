using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// An event: merged only when the pack says the stored one is the same.
internal sealed partial class PackPlanter
{
    private Engagement Engagement(JsonElement f, string path)
    {
        var kind = Enum<EngagementKind>(f, "kind");
        var heldOn = Date(f, "heldOn", path)!.Value;
        var citation = Cite(f, path);
        var place = Optional<Region>(f, "place", path, "region");
        var parent = Optional<Engagement>(f, "parent", path, "engagement");
        var status = f.TryGetProperty("status", out _) ? Enum<EngagementStatus>(f, "status") : EngagementStatus.Held;
        EngagementMode? mode = f.TryGetProperty("mode", out _) ? Enum<EngagementMode>(f, "mode") : null;
        var candidate = new Engagement(kind, Text(f, "subject")!, heldOn, citation, place, status, mode, parent);
        var nations = NationSet(f, "delegations", path);
        var existing = SameAs(f, path, "engagement", "kind, date and delegations", _store.All<Engagement>()
            .Where(e => e.Kind == kind && e.HeldOn == heldOn && NationKeys(e.Delegations.Select(d => ((Nation?)d.Nation, d.NationId))).SetEquals(nations)));
        var engagement = Keep(candidate, existing, citation);

        // A place and a parent event are links, not claims.
        LinkOnce(engagement, candidate, nameof(Model.Engagement.Place), place, citation, path, p => p.Name);
        LinkOnce(engagement, candidate, nameof(Model.Engagement.Parent), parent, citation, path, p => p.Subject);
        Links(f, "delegations", path, (link, linkPath) =>
        {
            var nation = Nation(link, "nation", linkPath);
            var delegationCitation = Cite(link, linkPath);
            var delegation = engagement.Delegations.FirstOrDefault(d => Same(d.Nation, d.NationId, nation));
            delegation = Link(delegation, delegationCitation, () => engagement.AddDelegation(nation, delegationCitation));
            Links(link, "members", linkPath, (member, memberPath) =>
            {
                var person = Reference<Person>(member, "person", memberPath, "person");
                var role = Enum<DelegationRole>(member, "role");
                var post = Optional<Post>(member, "post", memberPath, "post");
                var memberCitation = Cite(member, memberPath);
                Link(delegation.Members.FirstOrDefault(m => Same(m.Person, m.PersonId, person)), memberCitation, () => delegation.AddMember(person, role, memberCitation, post), (nameof(DelegationMember.Role), role));
            });
        });
        Links(f, "participants", path, (link, linkPath) =>
        {
            var role = link.TryGetProperty("role", out _) ? Enum<ParticipationRole>(link, "role") : ParticipationRole.Participant;
            var participantCitation = Cite(link, linkPath);
            if (link.TryGetProperty("organisation", out _))
            {
                var body = Reference<Organisation>(link, "organisation", linkPath, "organisation");
                Link(engagement.Participants.FirstOrDefault(p => p.Role == role && Same(p.Organisation, p.OrganisationId ?? 0, body)), participantCitation, () => engagement.AddParticipant(body, role, participantCitation));
                return;
            }

            var nation = Nation(link, "nation", linkPath);
            Link(engagement.Participants.FirstOrDefault(p => p.Role == role && Same(p.Nation, p.NationId ?? 0, nation)), participantCitation, () => engagement.AddParticipant(nation, role, participantCitation));
        });
        Links(f, "topics", path, (link, linkPath) =>
        {
            var area = Reference<CooperationArea>(link, "area", linkPath, "cooperationArea");
            var topicCitation = Cite(link, linkPath);
            Link(engagement.Topics.FirstOrDefault(t => Same(t.CooperationArea, t.CooperationAreaId, area)), topicCitation, () => engagement.AddTopic(area, topicCitation));
        });
        Links(f, "agreements", path, (link, linkPath) =>
        {
            var agreement = Reference<Agreement>(link, "agreement", linkPath, "agreement");
            var handling = Enum<AgreementHandling>(link, "handling");
            var linkCitation = Cite(link, linkPath);
            Link(engagement.Agreements.FirstOrDefault(a => Same(a.Agreement, a.AgreementId, agreement)), linkCitation, () => engagement.AddAgreement(agreement, handling, linkCitation), (nameof(EngagementAgreement.Handling), handling));
        });
        return engagement;
    }
}
