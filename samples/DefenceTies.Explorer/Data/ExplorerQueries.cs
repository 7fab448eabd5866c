using DefenceTies.Model;
using DefenceTies.Querying;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Explorer.Data;

/// <summary>
/// Every query the pages run. Each one is LINQ that EF Core translates to SQL on SQLite and
/// PostgreSQL alike; nothing is tracked (the explorer only reads).
/// </summary>
public sealed partial class ExplorerQueries(DefenceTiesDbContext db)
{
    /// <summary>The longest search text taken; longer input is cut, not refused.</summary>
    public const int MaxSearchLength = 100;

    /// <summary>Nations with at least one agreement, exercise, engagement or working group, by name; <paramref name="search"/> matches a name (any case) or a code.</summary>
    public async Task<IReadOnlyList<NationSummary>> NationsAsync(string? search, CancellationToken cancellationToken)
    {
        var nations = db.Nations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            // Control characters cannot be part of a stored name (the model refuses them); drop them.
            var text = new string([.. search.Where(c => !char.IsControl(c))]).Trim();
            var upper = (text.Length > MaxSearchLength ? text[..MaxSearchLength] : text).ToUpperInvariant();
            // ToUpper() on the column runs in SQL as upper(); string.Equals with a comparison would not translate.
#pragma warning disable CA1304, CA1311, CA1862
            nations = nations.Where(n => n.Name.ToUpper().Contains(upper) || n.Alpha2Code == upper || n.Alpha3Code == upper);
#pragma warning restore CA1304, CA1311, CA1862
        }

        return await nations
            .Select(n => new NationSummary
            {
                Code = n.Alpha2Code,
                Name = n.Name,
                Agreements = db.AgreementParties.Where(p => p.NationId == n.Id).Select(p => p.AgreementId).Distinct().Count(),
                Exercises = db.ExerciseParticipants.Where(p => p.NationId == n.Id).Select(p => p.ExerciseId).Distinct().Count(),
                Engagements = db.Delegations.Where(d => d.NationId == n.Id).Select(d => d.EngagementId).Distinct().Count(),
                WorkingGroups = db.WorkingGroupMembers.Where(m => m.NationId == n.Id).Select(m => m.WorkingGroupId).Distinct().Count(),
            })
            .Where(s => s.Agreements + s.Exercises + s.Engagements + s.WorkingGroups > 0)
            .OrderBy(s => s.Name)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The nation with this ISO 3166-1 code (alpha-2 or alpha-3, any case, as the library's <see cref="NationCodes"/> reads it), or null when the code is malformed or unknown.</summary>
    public async Task<NationName?> NationAsync(string? code, CancellationToken cancellationToken)
    {
        if (!NationCodes.TryNormalise(code, out var normalised))
        {
            return null;
        }

        return await db.Nations.AsNoTracking()
            .Where(n => n.Alpha2Code == normalised || n.Alpha3Code == normalised)
            .Select(n => new NationName(n.Alpha2Code, n.Name))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The relationship timeline of two nations: the library's <see cref="TimelineQueries.RelationshipTimelineAsync"/>
    /// (engagements, agreements, exercises, deals) with the working groups both belong to, each with its evidence.
    /// </summary>
    public async Task<IReadOnlyList<TimelineItem>> TimelineAsync(NationName first, NationName second, CancellationToken cancellationToken)
    {
        var entries = await db.RelationshipTimelineAsync(first.Code, second.Code, cancellationToken);

        var engagementIds = Ids(entries, TimelineEntryKind.Engagement);
        var agreementIds = Ids(entries, TimelineEntryKind.Agreement);
        var exerciseIds = Ids(entries, TimelineEntryKind.Exercise);
        var dealIds = Ids(entries, TimelineEntryKind.Deal);
        var own = new Dictionary<(string, int), CitationEvidence>();
        Own(own, FactKind.Engagement, await db.Engagements.Where(e => engagementIds.Contains(e.Id)).EvidenceAsync(cancellationToken));
        Own(own, FactKind.Agreement, await db.Agreements.Where(a => agreementIds.Contains(a.Id)).EvidenceAsync(cancellationToken));
        Own(own, FactKind.Exercise, await db.MilitaryExercises.Where(x => exerciseIds.Contains(x.Id)).EvidenceAsync(cancellationToken));
        Own(own, FactKind.Deal, await db.DefenceDeals.Where(d => dealIds.Contains(d.Id)).EvidenceAsync(cancellationToken));

        string a2 = first.Code, b2 = second.Code;
        var groups = await db.WorkingGroups.AsNoTracking()
            .Where(g => g.Members.Any(m => m.Nation.Alpha2Code == a2) && g.Members.Any(m => m.Nation.Alpha2Code == b2))
            .Select(g => new
            {
                g.Id,
                Title = g.Name ?? g.Mandate,
                // A working group has no date of its own: it dates from the agreement that set it up, if any.
                Date = g.EstablishedBy == null ? null : g.EstablishedBy.ConcludedOn ?? g.EstablishedBy.EnteredIntoForceOn,
            })
            .ToListAsync(cancellationToken);

        var leaders = await db.Delegations.AsNoTracking()
            .Where(d => engagementIds.Contains(d.EngagementId))
            .WithLeaders()
            .OrderBy(l => l.NationName)
            .ToListAsync(cancellationToken);

        var groupIds = groups.Select(g => g.Id).ToList();
        Own(own, FactKind.WorkingGroup, await db.WorkingGroups.Where(g => groupIds.Contains(g.Id)).EvidenceAsync(cancellationToken));
        // A leader is recorded by the leader's membership citation (a part of the delegation) or, with none, the delegation's own.
        var delegationIds = leaders.Select(l => l.DelegationId).ToList();
        var delegationEvidence = (await db.Delegations.Where(d => delegationIds.Contains(d.Id)).EvidenceAsync(cancellationToken))
            .Where(e => !e.IsCorroboration)
            .ToLookup(e => (e.FactId, e.CitationId));

        var bodies = await TimelineBodiesAsync(engagementIds, agreementIds, exerciseIds, dealIds, groupIds, cancellationToken);
        var items = entries.Select(e =>
        {
            var kind = e.Kind switch
            {
                TimelineEntryKind.Engagement => FactKind.Engagement,
                TimelineEntryKind.Agreement => FactKind.Agreement,
                TimelineEntryKind.Deal => FactKind.Deal,
                _ => FactKind.Exercise,
            };
            return new TimelineItem
            {
                Date = e.Date,
                Kind = kind,
                Id = e.EntityId,
                Title = e.Title,
                Evidence = own[(kind, e.EntityId)],
                Bodies = [.. bodies[(kind, e.EntityId)].Distinct()],
                Leaders = kind == FactKind.Engagement
                    ? [.. leaders.Where(l => l.EngagementId == e.EntityId).Select(l => new LeaderItem
                    {
                        DelegationId = l.DelegationId,
                        NationName = l.NationName,
                        LeaderName = l.LeaderName,
                        LeaderRank = l.LeaderRank,
                        PostTitle = l.PostTitle,
                        Evidence = delegationEvidence[(l.DelegationId, l.CitationId)].First(),
                    })]
                    : [],
            };
        }).Concat(groups.Select(g => new TimelineItem
        {
            Date = g.Date,
            Kind = FactKind.WorkingGroup,
            Id = g.Id,
            Title = g.Title,
            Evidence = own[(FactKind.WorkingGroup, g.Id)],
            Bodies = [.. bodies[(FactKind.WorkingGroup, g.Id)].Distinct()],
        })).Concat(await LegalStepsAsync(agreementIds, cancellationToken));

        // The library's order (undated last, then by date, kind and title), with the working groups and legal steps merged in.
        return [.. items
            .OrderBy(i => i.Date is null ? 1 : 0)
            .ThenBy(i => i.Date)
            .ThenBy(i => i.KindOrder)
            .ThenBy(i => i.Title, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The bodies the timeline's entries name, by kind and id: the bodies taking part in an
    /// engagement, party to or signing an agreement, the services in an exercise, the body a working
    /// group works under. One query each, whatever the number of entries.
    /// </summary>
    private async Task<ILookup<(string Kind, int Id), ActorName>> TimelineBodiesAsync(List<int> engagementIds, List<int> agreementIds, List<int> exerciseIds, List<int> dealIds, List<int> groupIds, CancellationToken cancellationToken)
    {
        var rows = new List<(string Kind, int FactId, int BodyId, string? Name, OrganisationKind BodyKind, string? Nation)>();
        rows.AddRange((await db.EngagementParticipants.AsNoTracking()
                .Where(p => engagementIds.Contains(p.EngagementId) && p.OrganisationId != null)
                .Select(p => new { p.EngagementId, p.Organisation!.Id, p.Organisation.Name, p.Organisation.Kind, Nation = p.Organisation.Nation == null ? null : p.Organisation.Nation.Name })
                .ToListAsync(cancellationToken))
            .Select(r => (FactKind.Engagement, r.EngagementId, r.Id, r.Name, r.Kind, r.Nation)));
        rows.AddRange((await db.AgreementOrganisationParties.AsNoTracking()
                .Where(p => agreementIds.Contains(p.AgreementId))
                .Select(p => new { p.AgreementId, p.Organisation.Id, p.Organisation.Name, p.Organisation.Kind, Nation = p.Organisation.Nation == null ? null : p.Organisation.Nation.Name })
                .ToListAsync(cancellationToken))
            .Select(r => (FactKind.Agreement, r.AgreementId, r.Id, r.Name, r.Kind, r.Nation)));
        rows.AddRange((await db.AgreementSignatories.AsNoTracking()
                .Where(s => agreementIds.Contains(s.AgreementId))
                .Select(s => new { s.AgreementId, s.Organisation.Id, s.Organisation.Name, s.Organisation.Kind, Nation = s.Organisation.Nation == null ? null : s.Organisation.Nation.Name })
                .ToListAsync(cancellationToken))
            .Select(r => (FactKind.Agreement, r.AgreementId, r.Id, r.Name, r.Kind, r.Nation)));
        rows.AddRange((await db.ExerciseParticipants.AsNoTracking()
                .Where(p => exerciseIds.Contains(p.ExerciseId) && p.ServiceOrganisationId != null)
                .Select(p => new { p.ExerciseId, p.Service!.Id, p.Service.Name, p.Service.Kind, Nation = p.Service.Nation == null ? null : p.Service.Nation.Name })
                .ToListAsync(cancellationToken))
            .Select(r => (FactKind.Exercise, r.ExerciseId, r.Id, r.Name, r.Kind, r.Nation)));
        // A deal's bodies: a supplier or recipient that is a body, and the end user.
        rows.AddRange((await db.DefenceDeals.AsNoTracking()
                .Where(d => dealIds.Contains(d.Id) && d.SupplierOrganisationId != null)
                .Select(d => new { d.Id, BodyId = d.SupplierOrganisation!.Id, d.SupplierOrganisation.Name, d.SupplierOrganisation.Kind, Nation = d.SupplierOrganisation.Nation == null ? null : d.SupplierOrganisation.Nation.Name })
                .ToListAsync(cancellationToken))
            .Select(r => (FactKind.Deal, r.Id, r.BodyId, r.Name, r.Kind, r.Nation)));
        rows.AddRange((await db.DefenceDeals.AsNoTracking()
                .Where(d => dealIds.Contains(d.Id) && d.RecipientOrganisationId != null)
                .Select(d => new { d.Id, BodyId = d.RecipientOrganisation!.Id, d.RecipientOrganisation.Name, d.RecipientOrganisation.Kind, Nation = d.RecipientOrganisation.Nation == null ? null : d.RecipientOrganisation.Nation.Name })
                .ToListAsync(cancellationToken))
            .Select(r => (FactKind.Deal, r.Id, r.BodyId, r.Name, r.Kind, r.Nation)));
        rows.AddRange((await db.DefenceDeals.AsNoTracking()
                .Where(d => dealIds.Contains(d.Id) && d.EndUserId != null)
                .Select(d => new { d.Id, BodyId = d.EndUser!.Id, d.EndUser.Name, d.EndUser.Kind, Nation = d.EndUser.Nation == null ? null : d.EndUser.Nation.Name })
                .ToListAsync(cancellationToken))
            .Select(r => (FactKind.Deal, r.Id, r.BodyId, r.Name, r.Kind, r.Nation)));
        rows.AddRange((await db.WorkingGroups.AsNoTracking()
                .Where(g => groupIds.Contains(g.Id) && g.ParentOrganisationId != null)
                .Select(g => new { g.Id, ParentId = g.Parent!.Id, g.Parent.Name, g.Parent.Kind, Nation = g.Parent.Nation == null ? null : g.Parent.Nation.Name })
                .ToListAsync(cancellationToken))
            .Select(r => (FactKind.WorkingGroup, r.Id, r.ParentId, r.Name, r.Kind, r.Nation)));
        return rows
            .Select(r => (Key: (r.Kind, r.FactId), Body: ActorName.Body(r.BodyId, Organisation.Label(r.Name, r.BodyKind, r.Nation))))
            .OrderBy(r => r.Body.Name, StringComparer.Ordinal)
            .ToLookup(r => r.Key, r => r.Body);
    }

    /// <summary>
    /// The dated steps of the legal lives of the timeline's agreements (a ratification by one party,
    /// the entry into force), each an entry of its own linking to its agreement, with its own passage.
    /// </summary>
    private async Task<IEnumerable<TimelineItem>> LegalStepsAsync(List<int> agreementIds, CancellationToken cancellationToken)
    {
        var events = db.AgreementEvents.Where(e => agreementIds.Contains(e.AgreementId) && e.OccurredOn != null);
        var steps = await events.AsNoTracking()
            .Select(e => new { e.Id, e.AgreementId, e.Kind, e.OccurredOn, Party = e.Party == null ? null : e.Party.Name, Body = e.ActingBody == null ? null : e.ActingBody.Name, Agreement = e.Agreement.Title ?? e.Agreement.Subject })
            .ToListAsync(cancellationToken);
        var own = (await events.EvidenceAsync(cancellationToken)).Where(e => e.Target == EvidenceTarget.Fact && !e.IsCorroboration).ToDictionary(e => e.FactId);
        return steps.Select(e => new TimelineItem
        {
            Date = e.OccurredOn,
            Kind = FactKind.Agreement,
            Id = e.AgreementId,
            Title = $"{e.Agreement}: {AgreementEvent.Label(e.Kind, e.Party, e.Body)}",
            Evidence = own[e.Id],
            Bodies = [],
        });
    }

    /// <summary>Adds each fact's own citation (not its parts', not a corroboration) from the library's evidence.</summary>
    private static void Own(Dictionary<(string, int), CitationEvidence> own, string kind, IReadOnlyList<CitationEvidence> evidence)
    {
        foreach (var e in evidence.Where(e => e.Target == EvidenceTarget.Fact && !e.IsCorroboration))
        {
            own[(kind, e.FactId)] = e;
        }
    }

    private static List<int> Ids(List<TimelineEntry> entries, TimelineEntryKind kind) =>
        [.. entries.Where(e => e.Kind == kind).Select(e => e.EntityId)];
}
