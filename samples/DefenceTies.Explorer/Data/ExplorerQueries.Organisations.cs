using DefenceTies.Model;
using DefenceTies.Querying;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Explorer.Data;

public sealed partial class ExplorerQueries
{
    /// <summary>A body and every tie the database records for it, each with the passage saying so; null when there is no body with this id.</summary>
    public async Task<OrganisationView?> OrganisationPageAsync(int id, CancellationToken cancellationToken)
    {
        var body = db.Organisations.Where(x => x.Id == id);
        var o = await body.AsNoTracking()
            .Select(x => new
            {
                x.Id,
                x.Name,
                x.Kind,
                NationCode = x.Nation == null ? null : x.Nation.Alpha2Code,
                NationName = x.Nation == null ? null : x.Nation.Name,
                HostCode = x.HostNation == null ? null : x.HostNation.Alpha2Code,
                HostName = x.HostNation == null ? null : x.HostNation.Name,
                x.WikidataId,
                x.CowCode,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (o is null)
        {
            return null;
        }

        var own = await OwnEvidenceAsync(body, cancellationToken);
        var otherNames = db.OtherNames.Where(n => n.OrganisationId == id);
        var otherNameEvidence = await OwnEvidenceAsync(otherNames, cancellationToken);
        var names = await otherNames.AsNoTracking().OrderBy(n => n.Name).Select(n => new { n.Id, n.Name, n.Kind, n.Language }).ToListAsync(cancellationToken);

        var posts = db.Posts.Where(p => p.OrganisationId == id);
        var postRows = await posts.AsNoTracking().OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).ToListAsync(cancellationToken);
        var postEvidence = await OwnEvidenceAsync(posts, cancellationToken);
        var postNames = await OtherTitlesAsync(posts.Select(p => (int?)p.Id), cancellationToken);
        var holders = (await HoldingsAsync(db.PostHoldings.Where(h => h.Post.OrganisationId == id), cancellationToken)).ToLookup(h => h.PostId);

        return new OrganisationView
        {
            Id = o.Id,
            Name = Organisation.Label(o.Name, o.Kind, o.NationName),
            Kind = Words(o.Kind.ToString()),
            Nation = o.NationCode is null ? null : ActorName.Nation(o.NationCode, o.NationName!),
            HostNation = o.HostCode is null ? null : ActorName.Nation(o.HostCode, o.HostName!),
            WikidataId = o.WikidataId,
            CowCode = o.CowCode,
            Evidence = own[id],
            OtherNames = [.. names.Select(n => new OtherNameItem { Name = n.Name, Kind = n.Kind, Language = n.Language, Evidence = otherNameEvidence[n.Id] })],
            Members = await MembershipsAsync(db.OrganisationMemberships.Where(m => m.OrganisationId == id), cancellationToken),
            MemberOf = await MembershipsAsync(db.OrganisationMemberships.OfOrganisation(id), cancellationToken),
            Posts = [.. postRows.Select(p => new PostItem { Title = p.Title, OtherNames = postNames[p.Id].ToList(), Holders = [.. holders[p.Id]], Evidence = postEvidence[p.Id] })],
            WorkingGroups = await WorkingGroupsAsync(db.WorkingGroups.Where(g => g.ParentOrganisationId == id), cancellationToken),
            Owners = await OwnershipsAsync(db.Ownerships.OwnersOf(id), cancellationToken),
            Owns = await OwnershipsAsync(db.Ownerships.OwnedByOrganisation(id), cancellationToken),
            Agreements = await AgreementTiesAsync(id, cancellationToken),
            Engagements = await EngagementTiesAsync(id, cancellationToken),
            SecurityIssues = await IssueActorsAsync(db.SecurityIssueActors.Where(a => a.OrganisationId == id), cancellationToken),
        };
    }

    /// <summary>A nation's bodies, memberships, people, companies owned and security issues, each with its evidence.</summary>
    public async Task<NationActors> NationActorsAsync(NationName nation, CancellationToken cancellationToken)
    {
        var code = nation.Code;
        var bodies = await db.Organisations.AsNoTracking().Where(o => o.Nation!.Alpha2Code == code)
            .Select(o => new { o.Id, o.Name, o.Kind })
            .ToListAsync(cancellationToken);
        return new NationActors
        {
            Bodies = [.. bodies.Select(b => ActorName.Body(b.Id, Organisation.Label(b.Name, b.Kind, nation.Name))).OrderBy(b => b.Name, StringComparer.Ordinal)],
            Memberships = await MembershipsAsync(db.OrganisationMemberships.OfNation(code), cancellationToken),
            People = await HoldingsAsync(db.PostHoldings.Where(h => h.Post.Nation!.Alpha2Code == code), cancellationToken),
            Owns = await OwnershipsAsync(db.Ownerships.OwnedByNation(code), cancellationToken),
            SecurityIssues = await IssueActorsAsync(db.SecurityIssueActors.Where(a => a.Nation!.Alpha2Code == code), cancellationToken),
        };
    }

    /// <summary>Each fact's own citation (not a part's, not a corroboration), by the fact's id.</summary>
    private static async Task<IReadOnlyDictionary<int, CitationEvidence>> OwnEvidenceAsync<T>(IQueryable<T> facts, CancellationToken cancellationToken)
        where T : CitedEntity =>
        (await facts.EvidenceAsync(cancellationToken)).Where(e => e.Target == EvidenceTarget.Fact && !e.IsCorroboration).ToDictionary(e => e.FactId);

    /// <summary>The other titles of the given posts, by post id.</summary>
    private async Task<ILookup<int, string>> OtherTitlesAsync(IQueryable<int?> postIds, CancellationToken cancellationToken) =>
        (await db.OtherNames.AsNoTracking().Where(n => postIds.Contains(n.PostId)).OrderBy(n => n.Name).Select(n => new { n.PostId, n.Name }).ToListAsync(cancellationToken))
            .ToLookup(n => n.PostId!.Value, n => n.Name);

    private static async Task<IReadOnlyList<MembershipItem>> MembershipsAsync(IQueryable<OrganisationMembership> memberships, CancellationToken cancellationToken)
    {
        var rows = await memberships.AsNoTracking()
            .Select(m => new
            {
                m.Id,
                m.OrganisationId,
                BodyName = m.Organisation.Name,
                BodyKind = m.Organisation.Kind,
                BodyNation = m.Organisation.Nation == null ? null : m.Organisation.Nation.Name,
                NationCode = m.MemberNation == null ? null : m.MemberNation.Alpha2Code,
                NationName = m.MemberNation == null ? null : m.MemberNation.Name,
                m.MemberOrganisationId,
                MemberName = m.MemberOrganisation == null ? null : m.MemberOrganisation.Name,
                MemberKind = m.MemberOrganisation == null ? (OrganisationKind?)null : m.MemberOrganisation.Kind,
                MemberNation = m.MemberOrganisation == null || m.MemberOrganisation.Nation == null ? null : m.MemberOrganisation.Nation.Name,
                m.Role,
                m.StartedOn,
                m.EndedOn,
            })
            .ToListAsync(cancellationToken);
        var evidence = await OwnEvidenceAsync(memberships, cancellationToken);
        return [.. rows
            .Select(m => new MembershipItem
            {
                Member = m.NationCode is not null
                    ? ActorName.Nation(m.NationCode, m.NationName!)
                    : ActorName.Body(m.MemberOrganisationId!.Value, Organisation.Label(m.MemberName, m.MemberKind!.Value, m.MemberNation)),
                Body = ActorName.Body(m.OrganisationId, Organisation.Label(m.BodyName, m.BodyKind, m.BodyNation)),
                Role = m.Role,
                StartedOn = m.StartedOn,
                EndedOn = m.EndedOn,
                Evidence = evidence[m.Id],
            })
            // By body, then member, then term: a member's plain membership and its roles read as one run.
            .OrderBy(m => m.Body.Name, StringComparer.Ordinal)
            .ThenBy(m => m.Member.Name, StringComparer.Ordinal)
            .ThenBy(m => m.StartedOn is null ? 1 : 0).ThenBy(m => m.StartedOn)
            .ThenBy(m => m.Role)];
    }

    private async Task<IReadOnlyList<HoldingItem>> HoldingsAsync(IQueryable<PostHolding> holdings, CancellationToken cancellationToken)
    {
        var rows = await holdings.AsNoTracking()
            .Select(h => new
            {
                h.Id,
                h.PersonId,
                Person = h.Person.Name,
                h.Person.Rank,
                h.PostId,
                Post = h.Post.Title,
                h.Post.OrganisationId,
                BodyName = h.Post.Organisation == null ? null : h.Post.Organisation.Name,
                BodyKind = h.Post.Organisation == null ? (OrganisationKind?)null : h.Post.Organisation.Kind,
                BodyNation = h.Post.Organisation == null || h.Post.Organisation.Nation == null ? null : h.Post.Organisation.Nation.Name,
                h.StartedOn,
                h.EndedOn,
            })
            .ToListAsync(cancellationToken);
        var evidence = await OwnEvidenceAsync(holdings, cancellationToken);
        var personNames = (await db.OtherNames.AsNoTracking().Where(n => holdings.Select(h => (int?)h.PersonId).Contains(n.PersonId))
                .OrderBy(n => n.Name).Select(n => new { n.PersonId, n.Name }).ToListAsync(cancellationToken))
            .ToLookup(n => n.PersonId!.Value, n => n.Name);
        var postNames = await OtherTitlesAsync(holdings.Select(h => (int?)h.PostId), cancellationToken);
        return [.. rows
            .Select(h => new HoldingItem
            {
                Id = h.Id,
                PostId = h.PostId,
                Person = h.Rank is null ? h.Person : $"{h.Rank} {h.Person}",
                PersonOtherNames = [.. personNames[h.PersonId]],
                Post = h.Post,
                PostOtherNames = [.. postNames[h.PostId]],
                Body = h.OrganisationId is { } body ? ActorName.Body(body, Organisation.Label(h.BodyName, h.BodyKind!.Value, h.BodyNation)) : null,
                StartedOn = h.StartedOn,
                EndedOn = h.EndedOn,
                Evidence = evidence[h.Id],
            })
            .OrderBy(h => h.Post, StringComparer.Ordinal)
            .ThenBy(h => h.StartedOn is null ? 1 : 0).ThenBy(h => h.StartedOn)
            .ThenBy(h => h.Person, StringComparer.Ordinal)];
    }

    private static async Task<IReadOnlyList<WorkingGroupItem>> WorkingGroupsAsync(IQueryable<WorkingGroup> groups, CancellationToken cancellationToken)
    {
        var rows = await groups.AsNoTracking().Select(g => new { g.Id, g.Name, g.Mandate, g.Status }).ToListAsync(cancellationToken);
        var members = (await groups.AsNoTracking().SelectMany(g => g.Members)
                .Select(m => new { m.Id, m.WorkingGroupId, m.Nation.Alpha2Code, m.Nation.Name, m.Role, m.TermStartedOn, m.TermEndedOn })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.WorkingGroupId);

        // The library's evidence for a working group holds its members' citations as its parts.
        var evidence = (await groups.EvidenceAsync(cancellationToken)).Where(e => !e.IsCorroboration).ToList();
        return [.. rows
            .Select(g =>
            {
                var group = new ActorName(g.Name ?? g.Mandate, FactKind.Url(FactKind.WorkingGroup, g.Id));
                return new WorkingGroupItem
                {
                    Group = group,
                    Mandate = g.Mandate,
                    Status = g.Status,
                    Evidence = evidence.First(e => e.FactId == g.Id && e.Target == EvidenceTarget.Fact),
                    Members = [.. members[g.Id]
                        .Select(m => new MembershipItem
                        {
                            Member = ActorName.Nation(m.Alpha2Code, m.Name),
                            Body = group,
                            Role = m.Role,
                            StartedOn = m.TermStartedOn,
                            EndedOn = m.TermEndedOn,
                            Evidence = evidence.First(e => e.FactId == g.Id && e.Target == EvidenceTarget.Part(nameof(WorkingGroup.Members), m.Id)),
                        })
                        .OrderBy(m => m.Role == ParticipationRole.Member ? 1 : 0)
                        .ThenBy(m => m.Member.Name, StringComparer.Ordinal)],
                };
            })
            .OrderBy(g => g.Group.Name, StringComparer.Ordinal)];
    }

    private static async Task<IReadOnlyList<OwnershipItem>> OwnershipsAsync(IQueryable<Ownership> ownerships, CancellationToken cancellationToken)
    {
        var rows = await ownerships.AsNoTracking()
            .Select(o => new
            {
                o.Id,
                o.OwnedId,
                OwnedName = o.Owned.Name,
                OwnedKind = o.Owned.Kind,
                OwnedNation = o.Owned.Nation == null ? null : o.Owned.Nation.Name,
                NationCode = o.OwnerNation == null ? null : o.OwnerNation.Alpha2Code,
                NationName = o.OwnerNation == null ? null : o.OwnerNation.Name,
                o.OwnerOrganisationId,
                OwnerName = o.OwnerOrganisation == null ? null : o.OwnerOrganisation.Name,
                OwnerKind = o.OwnerOrganisation == null ? (OrganisationKind?)null : o.OwnerOrganisation.Kind,
                OwnerNation = o.OwnerOrganisation == null || o.OwnerOrganisation.Nation == null ? null : o.OwnerOrganisation.Nation.Name,
                o.Share,
                o.StartedOn,
            })
            .ToListAsync(cancellationToken);
        var evidence = await OwnEvidenceAsync(ownerships, cancellationToken);
        return [.. rows
            .Select(o => new OwnershipItem
            {
                Owner = o.NationCode is not null
                    ? ActorName.Nation(o.NationCode, o.NationName!)
                    : ActorName.Body(o.OwnerOrganisationId!.Value, Organisation.Label(o.OwnerName, o.OwnerKind!.Value, o.OwnerNation)),
                Owned = ActorName.Body(o.OwnedId, Organisation.Label(o.OwnedName, o.OwnedKind, o.OwnedNation)),
                Share = o.Share,
                StartedOn = o.StartedOn,
                Evidence = evidence[o.Id],
            })
            // The largest share first, as a reader of a joint venture expects; shares not stated last.
            .OrderBy(o => o.Owned.Name, StringComparer.Ordinal)
            .ThenByDescending(o => o.Share?.BasisPoints ?? -1)
            .ThenBy(o => o.Owner.Name, StringComparer.Ordinal)];
    }

    /// <summary>The agreements a body is party to, and those it signed, witnessed or exchanged, each part with its passage.</summary>
    private async Task<IReadOnlyList<FactTie>> AgreementTiesAsync(int organisationId, CancellationToken cancellationToken)
    {
        var parties = db.AgreementOrganisationParties.Where(p => p.OrganisationId == organisationId);
        var partyRows = await parties.AsNoTracking()
            .Select(p => new { p.Id, p.AgreementId, Title = p.Agreement.Title ?? p.Agreement.Subject, Date = p.Agreement.ConcludedOn ?? p.Agreement.EnteredIntoForceOn })
            .ToListAsync(cancellationToken);
        var partyEvidence = await OwnEvidenceAsync(parties, cancellationToken);

        var signed = db.AgreementSignatories.SignedBy(organisationId);
        var signedRows = await signed.AsNoTracking()
            .Select(s => new { s.Id, s.AgreementId, Title = s.Agreement.Title ?? s.Agreement.Subject, Date = s.Agreement.ConcludedOn ?? s.Agreement.EnteredIntoForceOn, s.Role, OnBehalfOf = s.OnBehalfOf == null ? null : s.OnBehalfOf.Name })
            .ToListAsync(cancellationToken);
        var signedEvidence = await OwnEvidenceAsync(signed, cancellationToken);

        return [.. partyRows
            .Select(p => new FactTie { Fact = AgreementName(p.AgreementId, p.Title), Date = p.Date, Part = "party", Evidence = partyEvidence[p.Id] })
            .Concat(signedRows.Select(s => new FactTie { Fact = AgreementName(s.AgreementId, s.Title), Date = s.Date, Part = SignatoryPart(s.Role, s.OnBehalfOf), Evidence = signedEvidence[s.Id] }))
            .OrderBy(t => t.Date is null ? 1 : 0).ThenBy(t => t.Date)
            .ThenBy(t => t.Fact.Name, StringComparer.Ordinal)];
    }

    /// <summary>The engagements a body took part in, with its role.</summary>
    private async Task<IReadOnlyList<FactTie>> EngagementTiesAsync(int organisationId, CancellationToken cancellationToken)
    {
        var participants = db.EngagementParticipants.Where(p => p.OrganisationId == organisationId);
        var rows = await participants.AsNoTracking()
            .Select(p => new { p.Id, p.EngagementId, p.Engagement.Subject, p.Engagement.HeldOn, p.Role })
            .ToListAsync(cancellationToken);
        var evidence = await OwnEvidenceAsync(participants, cancellationToken);
        return [.. rows
            .Select(p => new FactTie { Fact = new ActorName(p.Subject, FactKind.Url(FactKind.Engagement, p.EngagementId)), Date = p.HeldOn, Part = RoleWords(p.Role), Evidence = evidence[p.Id] })
            .OrderBy(t => t.Date)];
    }

    private static async Task<IReadOnlyList<IssueActorItem>> IssueActorsAsync(IQueryable<SecurityIssueActor> actors, CancellationToken cancellationToken)
    {
        var rows = await actors.AsNoTracking()
            .Select(a => new
            {
                a.Id,
                a.SecurityIssueId,
                Issue = a.SecurityIssue.Name,
                a.Role,
                a.Date,
                NationCode = a.Nation == null ? null : a.Nation.Alpha2Code,
                NationName = a.Nation == null ? null : a.Nation.Name,
                a.OrganisationId,
                BodyName = a.Organisation == null ? null : a.Organisation.Name,
                BodyKind = a.Organisation == null ? (OrganisationKind?)null : a.Organisation.Kind,
                BodyNation = a.Organisation == null || a.Organisation.Nation == null ? null : a.Organisation.Nation.Name,
            })
            .ToListAsync(cancellationToken);
        var evidence = await OwnEvidenceAsync(actors, cancellationToken);
        return [.. rows
            .Select(a => new IssueActorItem
            {
                Issue = new ActorName(a.Issue, FactKind.Url(FactKind.SecurityIssue, a.SecurityIssueId)),
                Actor = a.NationCode is not null
                    ? ActorName.Nation(a.NationCode, a.NationName!)
                    : ActorName.Body(a.OrganisationId!.Value, Organisation.Label(a.BodyName, a.BodyKind!.Value, a.BodyNation)),
                Role = a.Role,
                Date = a.Date,
                Evidence = evidence[a.Id],
            })
            .OrderBy(a => a.Issue.Name, StringComparer.Ordinal)
            .ThenBy(a => a.Role)
            .ThenBy(a => a.Actor.Name, StringComparer.Ordinal)];
    }

    private static ActorName AgreementName(int id, string title) => new(title, FactKind.Url(FactKind.Agreement, id));

    /// <summary>A signatory's part in words: "signatory on behalf of Portugal", "witness".</summary>
    internal static string SignatoryPart(SignatoryRole role, string? onBehalfOf) =>
        (role switch
        {
            SignatoryRole.Signatory => "signatory",
            SignatoryRole.Witness => "witness",
            _ => "exchanged the signed documents",
        }) + (onBehalfOf is null ? string.Empty : $" on behalf of {onBehalfOf}");

    /// <summary>A role in words: "co-chair", "first-time participant".</summary>
    internal static string RoleWords(ParticipationRole role) => role switch
    {
        ParticipationRole.CoChair => "co-chair",
        ParticipationRole.FirstTimeParticipant => "first-time participant",
        _ => Words(role.ToString()),
    };

    /// <summary>An issue actor's role in words, as the pages show it.</summary>
    internal static string IssueRole(SecurityIssueRole role) => role switch
    {
        SecurityIssueRole.Responsible => "behind it",
        SecurityIssueRole.Affected => "affected",
        _ => "addressing it",
    };
}
