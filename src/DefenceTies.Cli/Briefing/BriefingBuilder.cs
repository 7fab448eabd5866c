using DefenceTies.Model;
using DefenceTies.Querying;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Cli.Briefing;

/// <summary>
/// Builds the cited briefing on two nations from the stored facts: the sample's briefing, narrowed
/// to the facts that involve both nations, each with its evidence (the library's <see cref="EvidenceQueries.EvidenceAsync"/>).
/// </summary>
internal sealed class BriefingBuilder(DefenceTiesDbContext db)
{
    public async Task<BriefingReport> BuildAsync(BriefingNation first, BriefingNation second, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var (a, b) = (first.Alpha2Code, second.Alpha2Code);
        int[] pair = [first.Id, second.Id];
        var facts = new List<BriefingFact>();

        var engagements = db.Engagements.Between(a, b);
        await AddAsync(facts, "Engagements", engagements, e => new { e.Id, e.Kind, e.Subject, e.HeldOn, e.Status, Place = e.Place == null ? null : e.Place.Name, PlaceNation = e.Place == null || e.Place.Nation == null ? null : e.Place.Nation.Name },
            e => (e.Id, $"{Words(e.Kind.ToString())} on {e.Subject}{(e.Place is null ? string.Empty : $", in {Region.Label(e.Place, e.PlaceNation)}")}{(e.Status == EngagementStatus.Held ? string.Empty : $" ({Words(e.Status.ToString())})")}.", e.HeldOn.ToString()), cancellationToken);

        var engagementIds = engagements.Select(e => e.Id);
        await AddAsync(facts, "Delegations",
            db.DelegationMembers.Where(m => m.Role == DelegationRole.Leader && engagementIds.Contains(m.Delegation.EngagementId) && pair.Contains(m.Delegation.NationId)),
            m => new { m.Id, Nation = m.Delegation.Nation.Name, m.Person.Rank, m.Person.Name, Post = m.Capacity == null ? null : m.Capacity.Title, m.Delegation.Engagement.HeldOn },
            m => (m.Id, $"The {m.Nation} delegation was led by {(m.Rank is null ? m.Name : $"{m.Rank} {m.Name}")}{(m.Post is null ? string.Empty : $", {m.Post}")}.", m.HeldOn.ToString()),
            cancellationToken);

        await AddAsync(facts, "Envoys",
            db.PostHoldings.Where(h => h.Post.NationId != null && pair.Contains(h.Post.NationId.Value) && h.Post.AccreditedToId != null && pair.Contains(h.Post.AccreditedToId.Value) && h.Post.NationId != h.Post.AccreditedToId),
            h => new { h.Id, h.Person.Name, Nation = h.Post.Nation!.Name, h.Post.Title, AccreditedTo = h.Post.AccreditedTo!.Name, h.StartedOn },
            h => (h.Id, $"{h.Name} holds {h.Nation}'s post {h.Title}, accredited to {h.AccreditedTo}.", h.StartedOn?.ToString()),
            cancellationToken);

        var agreements = db.Agreements.Between(a, b);
        await AddAsync(facts, "Agreements", agreements,
            x => new
            {
                x.Id,
                x.Title,
                x.Subject,
                x.Kind,
                x.Status,
                x.ConcludedOn,
                x.EnteredIntoForceOn,
                x.Significance,
                Framework = x.Framework == null ? null : x.Framework.Title ?? x.Framework.Subject,
                Policy = x.Policy == null ? null : x.Policy.Name,
            },
            x => (x.Id, $"{x.Title ?? $"On {x.Subject} (no title given)"}: {Words(x.Kind.ToString())}, {Words(x.Status.ToString())}{(x.Framework is null ? string.Empty : $", under {x.Framework}")}{(x.Policy is null ? string.Empty : $", implementing the {x.Policy} policy")}{(x.Significance is null ? string.Empty : $"; {x.Significance}")}.", (x.ConcludedOn ?? x.EnteredIntoForceOn)?.ToString()),
            cancellationToken);

        var agreementIds = agreements.Select(x => x.Id);

        // The steps of the pair's agreements' legal lives: signature, ratification by each party and by which body, entry into force.
        await AddAsync(facts, "Legal life",
            db.AgreementEvents.Where(e => agreementIds.Contains(e.AgreementId)),
            e => new
            {
                e.Id,
                e.Kind,
                e.OccurredOn,
                Party = e.Party == null ? null : e.Party.Name,
                Body = e.ActingBody == null ? null : e.ActingBody.Name,
                e.Agreement.Title,
                AgreementKind = e.Agreement.Kind,
                e.Agreement.Subject,
            },
            e => (e.Id,
                $"{e.Title ?? $"The {Words(e.AgreementKind.ToString())} on {e.Subject} (no title given)"}: {AgreementEvent.Label(e.Kind, e.Party, e.Body)}{(e.OccurredOn is { } on ? $" on {on}" : string.Empty)}.",
                e.OccurredOn?.ToString()),
            cancellationToken);

        // Who signed (witnessed, exchanged) the pair's agreements, and for which nation when stated.
        await AddAsync(facts, "Signatories",
            db.AgreementSignatories.Where(x => agreementIds.Contains(x.AgreementId)),
            x => new
            {
                x.Id,
                Body = x.Organisation.Name,
                BodyKind = x.Organisation.Kind,
                BodyNation = x.Organisation.Nation == null ? null : x.Organisation.Nation.Name,
                x.Role,
                OnBehalfOf = x.OnBehalfOf == null ? null : x.OnBehalfOf.Name,
                x.Agreement.Title,
                x.Agreement.Kind,
                x.Agreement.Subject,
                x.Agreement.ConcludedOn,
            },
            x => (x.Id, $"{Body(x.Body, x.BodyKind, x.BodyNation)} {Signed(x.Role)} {x.Title ?? $"the {Words(x.Kind.ToString())} on {x.Subject} (no title given)"}{(x.OnBehalfOf is null ? string.Empty : $" on behalf of {x.OnBehalfOf}")}.", x.ConcludedOn?.ToString()),
            cancellationToken);
        // Deals between the two, either way; a side that is a body counts through its stated nation.
        await AddAsync(facts, "Deals", db.DefenceDeals.Between(a, b),
            d => new
            {
                d.Id,
                SupplierNation = d.SupplierNation == null ? null : d.SupplierNation.Name,
                SupplierBody = d.SupplierOrganisation == null ? null : d.SupplierOrganisation.Name,
                SupplierKind = d.SupplierOrganisation == null ? (OrganisationKind?)null : d.SupplierOrganisation.Kind,
                SupplierBodyNation = d.SupplierOrganisation == null || d.SupplierOrganisation.Nation == null ? null : d.SupplierOrganisation.Nation.Name,
                RecipientNation = d.RecipientNation == null ? null : d.RecipientNation.Name,
                RecipientBody = d.RecipientOrganisation == null ? null : d.RecipientOrganisation.Name,
                RecipientKind = d.RecipientOrganisation == null ? (OrganisationKind?)null : d.RecipientOrganisation.Kind,
                RecipientBodyNation = d.RecipientOrganisation == null || d.RecipientOrganisation.Nation == null ? null : d.RecipientOrganisation.Nation.Name,
                d.Kind,
                d.Designation,
                d.Quantity,
                d.QuantityUnit,
                d.Value,
                d.ValueUpTo,
                d.ValueCurrency,
                d.ValueExactness,
                d.SignedOn,
                d.AwardedOn,
            },
            d => (d.Id,
                $"{d.SupplierNation ?? Body(d.SupplierBody, d.SupplierKind!.Value, d.SupplierBodyNation)} to {d.RecipientNation ?? Body(d.RecipientBody, d.RecipientKind!.Value, d.RecipientBodyNation)}: "
                + $"{Words(d.Kind.ToString())} of {(d.Quantity is { } n ? $"{n} " : string.Empty)}{d.Designation}"
                + $"{(DefenceDeal.ValueText(d.Value, d.ValueUpTo, d.ValueCurrency, d.ValueExactness) is { } value ? $", {value}" : string.Empty)}.",
                (d.SignedOn ?? d.AwardedOn)?.ToString()),
            cancellationToken);

        await AddAsync(facts, "Working groups",
            db.WorkingGroups.Where(g => (g.EstablishedByAgreementId != null && agreementIds.Contains(g.EstablishedByAgreementId.Value))
                || (g.Members.Any(m => m.NationId == first.Id) && g.Members.Any(m => m.NationId == second.Id))),
            g => new { g.Id, g.Name, g.Status, g.Mandate, Focus = g.FocusAreas.OrderBy(f => f.CooperationArea.Name).Select(f => f.CooperationArea.Name).ToList() },
            g => (g.Id, $"{g.Name ?? "A joint working group (no name given)"} ({Words(g.Status.ToString())}): {g.Mandate}{(g.Focus.Count == 0 ? string.Empty : $"; focus: {string.Join(", ", g.Focus)}")}.", null),
            cancellationToken);

        await AddAsync(facts, "Exercises", db.MilitaryExercises.Involving(a).Involving(b),
            x => new
            {
                x.Id,
                x.Name,
                Series = x.Series.Name,
                x.Series.Recurrence,
                x.StartedOn,
                Services = x.Participants.OrderBy(p => p.Nation.Name).Select(p => new { Nation = p.Nation.Name, Service = p.Service == null ? null : p.Service.Name, Kind = p.Service == null ? (OrganisationKind?)null : p.Service.Kind }).ToList(),
            },
            // A service the source does not name is described, never named.
            // An edition is named by its series, and by its own name too when the source gives one.
            // The series' recurrence, when stated, after its name: "(series held: biennial)".
            x => (x.Id, $"Exercise {(x.Name is null || x.Name == x.Series ? x.Series : $"{x.Name} (of the {x.Series} series)")}{(x.Recurrence is { } recurrence ? $" (series held: {Words(recurrence.ToString())})" : string.Empty)} involved {string.Join(" and ", x.Services.Select(p => p.Kind is null ? p.Nation : p.Service ?? $"{p.Nation}'s {Words(p.Kind.Value.ToString())} (unnamed in the source)"))}.", x.StartedOn?.ToString()),
            cancellationToken);

        // Invitations between the two, either way, to what, and the response only where stated.
        await AddAsync(facts, "Invitations", db.Invitations.Between(a, b),
            i => new
            {
                i.Id,
                Inviter = i.InviterNation!.Name,
                Invitee = i.InviteeNation!.Name,
                Engagement = i.Engagement == null ? null : i.Engagement.Subject,
                Exercise = i.Exercise == null ? null : i.Exercise.Name ?? i.Exercise.Series.Name,
                i.Response,
                i.ExtendedOn,
            },
            i => (i.Id, $"{i.Inviter} invited {i.Invitee} to {(i.Exercise is null ? $"the engagement on {i.Engagement}" : $"exercise {i.Exercise}")}: {(i.Response is { } response ? Words(response.ToString()) : "response not stated")}.", i.ExtendedOn?.ToString()),
            cancellationToken);

        await AddAsync(facts, "Policies",
            db.PolicyLinks.Where(l => pair.Contains(l.From.NationId) && pair.Contains(l.To.NationId) && l.From.NationId != l.To.NationId),
            l => new { l.Id, From = l.From.Name, FromNation = l.From.Nation.Name, l.Kind, To = l.To.Name, ToNation = l.To.Nation.Name },
            l => (l.Id, $"{l.FromNation}'s {l.From} policy {Words(l.Kind.ToString())} {l.ToNation}'s {l.To} policy.", null),
            cancellationToken);

        // The bodies both nations belong to (a forum, an international organisation): each nation's
        // memberships of such a body, with role and term.
        await AddAsync(facts, "Memberships",
            db.OrganisationMemberships.Where(m => m.MemberNationId != null && pair.Contains(m.MemberNationId.Value)
                && db.OrganisationMemberships.Any(o => o.OrganisationId == m.OrganisationId && o.MemberNationId == first.Id)
                && db.OrganisationMemberships.Any(o => o.OrganisationId == m.OrganisationId && o.MemberNationId == second.Id)),
            m => new { m.Id, Nation = m.MemberNation!.Name, Body = m.Organisation.Name, m.Organisation.Kind, m.Role, m.StartedOn, m.EndedOn },
            m => (m.Id, $"{m.Nation} is {(m.Role == ParticipationRole.Member ? "a member" : $"{Words(m.Role.ToString())}")} of {m.Body ?? $"a {Words(m.Kind.ToString())} (no name given)"}{Term(m.StartedOn, m.EndedOn)}.", m.StartedOn?.ToString()),
            cancellationToken);

        await AddAsync(facts, "Tensions",
            db.NationRelations.Where(r => r.Kind == NationRelationKind.Tension && pair.Contains(r.SubjectNationId) && pair.Contains(r.CounterpartNationId) && r.SubjectNationId != r.CounterpartNationId),
            r => new { r.Id, Subject = r.Subject.Name, Counterpart = r.Counterpart.Name, Region = r.Region == null ? null : r.Region.Name, r.Date },
            r => (r.Id, $"Tension between {r.Subject} and {r.Counterpart}{(r.Region is null ? string.Empty : $" in the {r.Region}")}{(r.Date is null ? string.Empty : $" (since {r.Date})")}.", r.Date?.ToString()),
            cancellationToken);

        await AddAsync(facts, "Relations",
            db.NationRelations.Where(r => r.Kind != NationRelationKind.Tension && pair.Contains(r.SubjectNationId) && pair.Contains(r.CounterpartNationId) && r.SubjectNationId != r.CounterpartNationId),
            r => new { r.Id, Subject = r.Subject.Name, r.Kind, Counterpart = r.Counterpart.Name, Region = r.Region == null ? null : r.Region.Name, r.Level, Policy = r.Policy == null ? null : r.Policy.Name, r.Date },
            r => (r.Id, $"{r.Subject} {Relation(r.Kind)} {r.Counterpart}{(r.Level is null ? string.Empty : $" ({r.Level})")}{(r.Region is null ? string.Empty : $" in the {r.Region}")}{(r.Policy is null ? string.Empty : $", under the {r.Policy} policy")}{(r.Date is null ? string.Empty : $" ({r.Date})")}.", r.Date?.ToString()),
            cancellationToken);

        // Initiatives both nations take part in, with the group that steers each and what it is part of.
        await AddAsync(facts, "Initiatives",
            db.Initiatives.Between(a, b),
            i => new { i.Id, i.Name, Group = i.SteeringGroup == null ? null : i.SteeringGroup.Name ?? "a working group (no name given)", Policy = i.Policy == null ? null : i.Policy.Name, Aim = i.Aim == null ? null : i.Aim.Description },
            i => (i.Id, $"Initiative: {i.Name}{(i.Group is null ? string.Empty : $", steered by {i.Group}")}{(i.Policy is null ? string.Empty : $", part of the {i.Policy} policy")}{(i.Aim is null ? string.Empty : $", part of the strategy to {i.Aim}")}.", null),
            cancellationToken);

        // Owners and shares of the companies of the two nations (and of joint ventures registered
        // nowhere the source states, through their owners): those that join the two (an owner of one
        // nation in a company of the other, a joint venture with owners of both) always; a holding
        // within one nation only when the sources on this pair state it, as for aims below, so that
        // every state company of a nation does not fill every briefing of it.
        var ownershipSources = facts.SelectMany(f => f.Evidence.Sources).Distinct().ToList();
        int one = first.Id, other = second.Id;
        await AddAsync(facts, "Ownerships",
            db.Ownerships.Where(o =>
                ((o.Owned.NationId == one || db.Ownerships.Any(w => w.OwnedId == o.OwnedId && (w.OwnerNationId == one || w.OwnerOrganisation!.NationId == one)))
                    && (o.Owned.NationId == other || db.Ownerships.Any(w => w.OwnedId == o.OwnedId && (w.OwnerNationId == other || w.OwnerOrganisation!.NationId == other))))
                || ((o.Owned.NationId == one || o.Owned.NationId == other
                        || db.Ownerships.Any(w => w.OwnedId == o.OwnedId && (w.OwnerNationId == one || w.OwnerNationId == other || w.OwnerOrganisation!.NationId == one || w.OwnerOrganisation!.NationId == other)))
                    && ownershipSources.Contains(o.Citation.SourceDocument.Key))),
            o => new
            {
                o.Id,
                Owned = o.Owned.Name,
                OwnedKind = o.Owned.Kind,
                OwnedNation = o.Owned.Nation == null ? null : o.Owned.Nation.Name,
                OwnerNation = o.OwnerNation == null ? null : o.OwnerNation.Name,
                OwnerBody = o.OwnerOrganisation == null ? null : o.OwnerOrganisation.Name,
                OwnerBodyKind = o.OwnerOrganisation == null ? (OrganisationKind?)null : o.OwnerOrganisation.Kind,
                OwnerBodyNation = o.OwnerOrganisation == null || o.OwnerOrganisation.Nation == null ? null : o.OwnerOrganisation.Nation.Name,
                o.Share,
                o.StartedOn,
            },
            o => (o.Id, $"{o.OwnerNation ?? Body(o.OwnerBody, o.OwnerBodyKind!.Value, o.OwnerBodyNation)} {(o.Share is { } share ? $"holds {share}% of" : "is an owner (no share given) of")} {o.Owned ?? $"a {Words(o.OwnedKind.ToString())} (no name given)"} ({Words(o.OwnedKind.ToString())}{(o.OwnedNation is null ? string.Empty : $", {o.OwnedNation}")}){(o.StartedOn is { } since ? $" since {since}" : string.Empty)}.", o.StartedOn?.ToString()),
            cancellationToken);

        // A nation's aims are its own, not the pair's: keep those the sources on this pair state.
        var pairSources = facts.SelectMany(f => f.Evidence.Sources).Distinct().ToList();
        await AddAsync(facts, "Aims",
            db.NationalAims.Where(x => pair.Contains(x.NationId) && pairSources.Contains(x.Citation.SourceDocument.Key)),
            x => new { x.Id, Nation = x.Nation.Name, x.Description },
            x => (x.Id, $"{x.Nation} aims to {x.Description}.", null),
            cancellationToken);

        var keys = facts.SelectMany(f => f.Evidence.Sources).Distinct().ToList();
        var sources = await db.SourceDocuments.AsNoTracking()
            .Where(d => keys.Contains(d.Key))
            .OrderBy(d => d.PublishedOn).ThenBy(d => d.Key)
            .Select(d => new { d.Key, d.Title, d.PublishedOn, d.Origin })
            .ToListAsync(cancellationToken);
        return new BriefingReport(
            [first, second],
            facts,
            sources.Select(s => new BriefingSource(s.Key, s.Title, s.PublishedOn.ToString(), s.Origin.ToString())).ToList());
    }

    /// <summary>Reads one section: the rows (one SQL query), their evidence, and the sentence for each.</summary>
    private static async Task AddAsync<TFact, TRow>(
        List<BriefingFact> facts,
        string section,
        IQueryable<TFact> query,
        System.Linq.Expressions.Expression<Func<TFact, TRow>> project,
        Func<TRow, (int Id, string Text, string? Date)> describe,
        CancellationToken cancellationToken)
        where TFact : CitedEntity
    {
        var rows = await query.AsNoTracking().Select(project).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return;
        }

        var evidence = (await query.EvidenceAsync(cancellationToken)).ToLookup(e => e.FactId);
        facts.AddRange(rows
            .Select(describe)
            .Select(r => new BriefingFact(section, r.Text, r.Date, Evidence.Of(evidence[r.Id])))
            .OrderBy(f => f.Date is null ? 1 : 0).ThenBy(f => f.Date, StringComparer.Ordinal).ThenBy(f => f.Text, StringComparer.Ordinal));
    }

    private static string Relation(NationRelationKind kind) => kind switch
    {
        NationRelationKind.MaritimeNeighbour => "is a maritime neighbour of",
        NationRelationKind.LandNeighbour => "is a land neighbour of",
        NationRelationKind.ValuedPartner => "is a valued partner of",
        NationRelationKind.SharedThreatPerception => "shares a perception of threats with",
        NationRelationKind.GrowingDefenceTies => "has growing defence ties with",
        NationRelationKind.Partnership => "is in a partnership with",
        NationRelationKind.IncreasingExchanges => "has been increasing dialogues and exercises with",
        NationRelationKind.DefenceRelationship => "has a defence relationship with",
        _ => $"has the relation {kind} with",
    };

    /// <summary>A body by name, with its nation when it has one: "Perisai Dynamics (Malaysia)"; an unnamed one described, never named.</summary>
    private static string Body(string? name, OrganisationKind kind, string? nation) =>
        $"{name ?? $"a {Words(kind.ToString())} (no name given)"}{(nation is null ? string.Empty : $" ({nation})")}";

    /// <summary>What a signatory did, as a verb before the agreement: "signed", "witnessed the signing of", "exchanged".</summary>
    private static string Signed(SignatoryRole role) => role switch
    {
        SignatoryRole.Signatory => "signed",
        SignatoryRole.Witness => "witnessed the signing of",
        SignatoryRole.Exchanger => "exchanged",
        _ => $"took the part {role} in",
    };

    /// <summary>A membership's term: " (2021–)", " (2025–2025)", " (until 2026)", or nothing when none is stated.</summary>
    private static string Term(PartialDate? start, PartialDate? end) => (start, end) switch
    {
        (null, null) => string.Empty,
        ({ } s, null) => $" (from {s})",
        (null, { } e) => $" (until {e})",
        ({ } s, { } e) => s == e ? $" (for {s})" : $" ({s} to {e})",
    };

        /// <summary>An enum name in words: <c>MemorandumOfUnderstanding</c> → "memorandum of understanding".</summary>
    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? $" {char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));
}
