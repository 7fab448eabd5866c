using System.Runtime.CompilerServices;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Exports;

/// <summary>
/// The streaming reads every export shares: untracked, ordered by id, one SQL statement each (a
/// fact's lists and evidence come in the same statement), the nation filter in SQL and the date
/// range applied to each row as it arrives.
/// </summary>
internal static class ExportQueries
{
    public static IAsyncEnumerable<DocumentRow> Documents(ExportScope scope) =>
        scope.Db.SourceDocuments.AsNoTracking().OrderBy(d => d.Id)
            .Select(d => new DocumentRow
            {
                Key = d.Key, Title = d.Title, PublishedOn = d.PublishedOn, Origin = d.Origin, ContentSha256 = d.ContentSha256,
                Byline = d.Byline, Agency = d.Agency, Credits = d.Credits, PublishedAtUtc = d.PublishedAtUtc, PublishedAtOffsetMinutes = d.PublishedAtOffsetMinutes,
                Dateline = d.Dateline == null ? null : d.Dateline.Place.Name, DatelineNation = d.Dateline == null || d.Dateline.Place.Nation == null ? null : d.Dateline.Place.Nation.Name,
            })
            .AsAsyncEnumerable();

    /// <summary>The listed nations and every nation that shares a tie with one of them (all nations without a filter).</summary>
    public static IAsyncEnumerable<NationRow> Nations(ExportScope scope, CancellationToken cancellationToken)
    {
        var db = scope.Db;
        IQueryable<Nation> nations = db.Nations.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            nations = nations.Where(n => ids.Contains(n.Id)
                || db.AgreementParties.Any(p => p.NationId == n.Id && p.Agreement.Parties.Any(q => ids.Contains(q.NationId)))
                || db.ExerciseParticipants.Any(p => p.NationId == n.Id && p.Exercise.Participants.Any(q => ids.Contains(q.NationId)))
                || db.Delegations.Any(d => d.NationId == n.Id && d.Engagement.Delegations.Any(q => ids.Contains(q.NationId)))
                || db.WorkingGroupMembers.Any(m => m.NationId == n.Id && m.WorkingGroup.Members.Any(q => ids.Contains(q.NationId)))
                || db.PolicyLinks.Any(l => (l.From.NationId == n.Id && ids.Contains(l.To.NationId)) || (l.To.NationId == n.Id && ids.Contains(l.From.NationId))));
        }

        return nations.OrderBy(n => n.Id).AsSingleQuery().Select(Evidence.Inline((Nation n) => new NationRow
        {
            Alpha2 = n.Alpha2Code,
            Alpha3 = n.Alpha3Code,
            Numeric = n.NumericCode,
            Name = n.Name,
            CowCode = n.CorrelatesOfWarCode,
            CowAbbreviation = n.CorrelatesOfWarAbbreviation,
            GwCode = n.GleditschWardCode,
            GwAbbreviation = n.GleditschWardAbbreviation,
            Evidence = Evidence.Of(n),
        })).AsAsyncEnumerable().Resolved(scope, cancellationToken);
    }

    public static IAsyncEnumerable<OrganisationRow> Organisations(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<Organisation> organisations = scope.Db.Organisations.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            organisations = BodiesInScope(scope.Db, ids, organisations);
        }

        return organisations.OrderBy(o => o.Id).AsSingleQuery().Select(Evidence.Inline((Organisation o) => new OrganisationRow
        {
            Id = o.Id,
            NationAlpha2 = o.Nation == null ? null : o.Nation.Alpha2Code,
            NationAlpha3 = o.Nation == null ? null : o.Nation.Alpha3Code,
            NationName = o.Nation == null ? null : o.Nation.Name,
            Name = o.Name,
            Kind = o.Kind,
            HostNationAlpha3 = o.HostNation == null ? null : o.HostNation.Alpha3Code,
            OtherNames = o.OtherNames.OrderBy(o => o.Id).Select(o => new OtherNameRow { Name = o.Name, Kind = o.Kind, Language = o.Language }).ToList(),
            Evidence = Evidence.Of(o),
        })).AsAsyncEnumerable().Resolved(scope, cancellationToken);
    }

    /// <summary>People who hold a post of a listed nation (or of a body a listed nation belongs to) or sat in a delegation to an engagement a listed nation attended.</summary>
    public static IAsyncEnumerable<PersonRow> People(ExportScope scope, CancellationToken cancellationToken)
    {
        var db = scope.Db;
        IQueryable<Person> people = db.People.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            // A holder of a post of a forum a listed nation belongs to is kept with the post (Posts, Holdings).
            people = people.Where(p => db.PostHoldings.Any(h => h.PersonId == p.Id && h.Post.NationId != null && ids.Contains(h.Post.NationId.Value))
                || db.PostHoldings.Any(h => h.PersonId == p.Id && h.Post.Organisation != null && h.Post.Organisation.Memberships.Any(m => m.MemberNationId != null && ids.Contains(m.MemberNationId.Value)))
                || db.DelegationMembers.Any(m => m.PersonId == p.Id && m.Delegation.Engagement.Delegations.Any(d => ids.Contains(d.NationId))));
        }

        return people.OrderBy(p => p.Id).AsSingleQuery().Select(Evidence.Inline((Person p) => new PersonRow
        {
            Id = p.Id,
            Name = p.Name,
            Rank = p.Rank,
            OtherNames = p.OtherNames.OrderBy(o => o.Id).Select(o => new OtherNameRow { Name = o.Name, Kind = o.Kind, Language = o.Language }).ToList(),
            Evidence = Evidence.Of(p),
        })).AsAsyncEnumerable().Resolved(scope, cancellationToken);
    }

    public static IAsyncEnumerable<PostRow> Posts(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<Post> posts = scope.Db.Posts.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            posts = posts.Where(p => (p.NationId != null && ids.Contains(p.NationId.Value))
                || (p.Organisation != null && p.Organisation.Memberships.Any(m => m.MemberNationId != null && ids.Contains(m.MemberNationId.Value))));
        }

        return posts.OrderBy(p => p.Id).AsSingleQuery().Select(Evidence.Inline((Post p) => new PostRow
        {
            Id = p.Id,
            Title = p.Title,
            NationAlpha2 = p.Nation == null ? null : p.Nation.Alpha2Code,
            NationAlpha3 = p.Nation == null ? null : p.Nation.Alpha3Code,
            OrganisationId = p.OrganisationId,
            AccreditedToAlpha3 = p.AccreditedTo == null ? null : p.AccreditedTo.Alpha3Code,
            OtherNames = p.OtherNames.OrderBy(o => o.Id).Select(o => new OtherNameRow { Name = o.Name, Kind = o.Kind, Language = o.Language }).ToList(),
            Evidence = Evidence.Of(p),
        })).AsAsyncEnumerable().Resolved(scope, cancellationToken);
    }

    public static IAsyncEnumerable<HoldingRow> Holdings(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<PostHolding> holdings = scope.Db.PostHoldings.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            holdings = holdings.Where(h => (h.Post.NationId != null && ids.Contains(h.Post.NationId.Value))
                || (h.Post.Organisation != null && h.Post.Organisation.Memberships.Any(m => m.MemberNationId != null && ids.Contains(m.MemberNationId.Value))));
        }

        var rows = holdings.OrderBy(h => h.Id).AsSingleQuery().Select(Evidence.Inline((PostHolding h) => new HoldingRow
        {
            Id = h.Id,
            PersonId = h.PersonId,
            PostId = h.PostId,
            PostTitle = h.Post.Title,
            PostNationAlpha3 = h.Post.Nation == null ? null : h.Post.Nation.Alpha3Code,
            PostOrganisationId = h.Post.OrganisationId,
            StartedOn = h.StartedOn,
            EndedOn = h.EndedOn,
            Evidence = Evidence.Of(h),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, h => scope.Overlaps(h.StartedOn, h.EndedOn, openEnded: true), cancellationToken);
    }

    public static IAsyncEnumerable<EngagementRow> Engagements(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<Engagement> engagements = scope.Db.Engagements.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            engagements = engagements.Where(e => e.Delegations.Any(d => ids.Contains(d.NationId))
                || e.Participants.Any(p => p.NationId != null && ids.Contains(p.NationId.Value)));
        }

        var rows = engagements.OrderBy(e => e.Id).AsSingleQuery().Select(Evidence.Inline((Engagement e) => new EngagementRow
        {
            Id = e.Id,
            Place = e.Place == null ? null : new PlaceRow { Name = e.Place.Name, NationName = e.Place.Nation == null ? null : e.Place.Nation.Name },
            Status = e.Status,
            Mode = e.Mode,
            ParentId = e.ParentId,
            Kind = e.Kind,
            Subject = e.Subject,
            HeldOn = e.HeldOn,
            NationsText = string.Join(",", e.Delegations.Select(d => d.Nation.Alpha3Code)),
            MemberPersonIdsText = string.Join(",", e.Delegations.SelectMany(d => d.Members).Select(m => m.PersonId)),
            HandledAgreements = e.Agreements.OrderBy(a => a.Id).Select(a => new HandledAgreementRow { AgreementId = a.AgreementId, Handling = a.Handling }).ToList(),
            ParticipantNationsText = string.Join(",", e.Participants.Where(p => p.NationId != null).Select(p => p.Nation!.Alpha3Code)),
            ParticipantBodyIdsText = string.Join(",", e.Participants.Where(p => p.OrganisationId != null).Select(p => p.OrganisationId)),
            HostNationsText = string.Join(",", e.Participants.Where(p => p.NationId != null && p.Role == ParticipationRole.Host).Select(p => p.Nation!.Alpha3Code)),
            HostBodyIdsText = string.Join(",", e.Participants.Where(p => p.OrganisationId != null && p.Role == ParticipationRole.Host).Select(p => p.OrganisationId)),
            Evidence = Evidence.Of(e),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, e => scope.Overlaps(e.HeldOn, null, openEnded: false), cancellationToken);
    }

    public static IAsyncEnumerable<DelegationMemberRow> DelegationMembers(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<DelegationMember> members = scope.Db.DelegationMembers.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            members = members.Where(m => m.Delegation.Engagement.Delegations.Any(d => ids.Contains(d.NationId)));
        }

        var rows = members.OrderBy(m => m.Id).AsSingleQuery().Select(Evidence.Inline((DelegationMember m) => new DelegationMemberRow
        {
            Id = m.Id,
            PersonId = m.PersonId,
            PersonName = m.Person.Name,
            EngagementId = m.Delegation.EngagementId,
            EngagementSubject = m.Delegation.Engagement.Subject,
            HeldOn = m.Delegation.Engagement.HeldOn,
            NationAlpha3 = m.Delegation.Nation.Alpha3Code,
            Role = m.Role,
            CapacityPostId = m.CapacityPostId,
            CapacityPostTitle = m.Capacity == null ? null : m.Capacity.Title,
            CapacityPostOrganisationId = m.Capacity == null ? null : m.Capacity.OrganisationId,
            Evidence = Evidence.Of(m),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, m => scope.Overlaps(m.HeldOn, null, openEnded: false), cancellationToken);
    }

    public static IAsyncEnumerable<AgreementRow> Agreements(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<Agreement> agreements = scope.Db.Agreements.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            agreements = agreements.Where(a => a.Parties.Any(p => ids.Contains(p.NationId)));
        }

        var rows = agreements.OrderBy(a => a.Id).AsSingleQuery().Select(Evidence.Inline((Agreement a) => new AgreementRow
        {
            Id = a.Id,
            Title = a.Title,
            Kind = a.Kind,
            Status = a.Status,
            Subject = a.Subject,
            ConcludedOn = a.ConcludedOn,
            EnteredIntoForceOn = a.EnteredIntoForceOn,
            EndedOn = a.EndedOn,
            EngagementId = a.EngagementId,
            Significance = a.Significance,
            FrameworkId = a.FrameworkId,
            PolicyName = a.Policy == null ? null : a.Policy.Name,
            PartiesText = string.Join(",", a.Parties.Select(p => p.Nation.Alpha3Code)),
            BodyPartyIdsText = string.Join(",", a.OrganisationParties.Select(p => p.OrganisationId)),
            OtherNames = a.OtherNames.OrderBy(o => o.Id).Select(o => new OtherNameRow { Name = o.Name, Kind = o.Kind, Language = o.Language }).ToList(),
            HasSignatories = a.Signatories.Any(),
            Evidence = Evidence.Of(a),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, a => scope.Overlaps(a.EnteredIntoForceOn ?? a.ConcludedOn, a.EndedOn, openEnded: true), cancellationToken);
    }

    public static IAsyncEnumerable<ExerciseRow> Exercises(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<MilitaryExercise> exercises = scope.Db.MilitaryExercises.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            exercises = exercises.Where(x => x.Participants.Any(p => ids.Contains(p.NationId)));
        }

        var rows = exercises.OrderBy(x => x.Id).AsSingleQuery().Select(Evidence.Inline((MilitaryExercise x) => new ExerciseRow
        {
            Id = x.Id,
            Places = x.Places.OrderBy(p => p.Id).Select(p => new PlaceRow { Name = p.Place.Name, NationName = p.Place.Nation == null ? null : p.Place.Nation.Name, Role = p.Role }).ToList(),
            EditionNumber = x.EditionNumber,
            Contributions = x.Participants.SelectMany(p => p.Contributions).OrderBy(c => c.Id).Select(c => new ContributionRow { NationAlpha3 = c.Participant.Nation.Alpha3Code, Quantity = c.Quantity, Unit = c.Unit }).ToList(),
            Name = x.Name,
            SeriesId = x.SeriesId,
            SeriesName = x.Series.Name,
            Recurrence = x.Series.Recurrence,
            StartedOn = x.StartedOn,
            EndedOn = x.EndedOn,
            NationsText = string.Join(",", x.Participants.Select(p => p.Nation.Alpha3Code)),
            ServiceIdsText = string.Join(",", x.Participants.Where(p => p.ServiceOrganisationId != null).Select(p => p.ServiceOrganisationId)),
            Evidence = Evidence.Of(x),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, x => scope.Overlaps(x.StartedOn, x.EndedOn, openEnded: false), cancellationToken);
    }

    public static IAsyncEnumerable<WorkingGroupRow> WorkingGroups(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<WorkingGroup> groups = scope.Db.WorkingGroups.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            groups = groups.Where(g => g.Members.Any(m => ids.Contains(m.NationId)));
        }

        var rows = groups.OrderBy(g => g.Id).AsSingleQuery().Select(Evidence.Inline((WorkingGroup g) => new WorkingGroupRow
        {
            Id = g.Id,
            Name = g.Name,
            Mandate = g.Mandate,
            Status = g.Status,
            EstablishedByAgreementId = g.EstablishedByAgreementId,
            EstablishedOn = g.EstablishedBy == null ? null : g.EstablishedBy.ConcludedOn,
            MembersText = string.Join(",", g.Members.Select(m => m.Nation.Alpha3Code)),
            ParentOrganisationId = g.ParentOrganisationId,
            Significance = g.Significance,
            Evidence = Evidence.Of(g),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, g => scope.Overlaps(g.EstablishedOn, null, openEnded: true), cancellationToken);
    }

    public static IAsyncEnumerable<WorkingGroupMemberRow> WorkingGroupMembers(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<WorkingGroupMember> members = scope.Db.WorkingGroupMembers.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            members = members.Where(m => m.WorkingGroup.Members.Any(q => ids.Contains(q.NationId)));
        }

        var rows = members.OrderBy(m => m.WorkingGroupId).ThenBy(m => m.Nation.Alpha3Code).AsSingleQuery().Select(Evidence.Inline((WorkingGroupMember m) => new WorkingGroupMemberRow
        {
            WorkingGroupId = m.WorkingGroupId,
            NationAlpha3 = m.Nation.Alpha3Code,
            EstablishedOn = m.WorkingGroup.EstablishedBy == null ? null : m.WorkingGroup.EstablishedBy.ConcludedOn,
            Role = m.Role,
            TermStartedOn = m.TermStartedOn,
            TermEndedOn = m.TermEndedOn,
            Evidence = Evidence.Of(m),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, m => scope.Overlaps(m.StartedOn, m.TermEndedOn, openEnded: true), cancellationToken);
    }

    /// <summary>Policy links have no dates; a date range leaves them out.</summary>
    public static IAsyncEnumerable<PolicyLinkRow> PolicyLinks(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<PolicyLink> links = scope.Db.PolicyLinks.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            links = links.Where(l => ids.Contains(l.From.NationId) || ids.Contains(l.To.NationId));
        }

        var rows = links.OrderBy(l => l.Id).AsSingleQuery().Select(Evidence.Inline((PolicyLink l) => new PolicyLinkRow
        {
            Id = l.Id,
            Kind = l.Kind,
            FromPolicy = l.From.Name,
            FromNationAlpha3 = l.From.Nation.Alpha3Code,
            ToPolicy = l.To.Name,
            ToNationAlpha3 = l.To.Nation.Alpha3Code,
            Evidence = Evidence.Of(l),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, _ => scope.Overlaps(null, null, openEnded: false), cancellationToken);
    }

    /// <summary>Memberships of bodies (forums, international organisations) whose body is in scope; a term overlapping the range.</summary>
    public static IAsyncEnumerable<MembershipRow> Memberships(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<OrganisationMembership> memberships = scope.Db.OrganisationMemberships.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            memberships = memberships.Where(m => (m.Organisation.NationId != null && ids.Contains(m.Organisation.NationId.Value))
                || m.Organisation.Memberships.Any(q => q.MemberNationId != null && ids.Contains(q.MemberNationId.Value)));
        }

        var rows = memberships.OrderBy(m => m.Id).AsSingleQuery().Select(Evidence.Inline((OrganisationMembership m) => new MembershipRow
        {
            Id = m.Id,
            OrganisationId = m.OrganisationId,
            MemberNationAlpha3 = m.MemberNation == null ? null : m.MemberNation.Alpha3Code,
            MemberOrganisationId = m.MemberOrganisationId,
            Role = m.Role,
            StartedOn = m.StartedOn,
            EndedOn = m.EndedOn,
            Evidence = Evidence.Of(m),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, m => scope.Overlaps(m.StartedOn, m.EndedOn, openEnded: true), cancellationToken);
    }

    /// <summary>The participants of engagements in scope (as <see cref="Engagements"/>), each in its role.</summary>
    public static IAsyncEnumerable<EngagementParticipantRow> EngagementParticipants(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<EngagementParticipant> participants = scope.Db.EngagementParticipants.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            participants = participants.Where(p => p.Engagement.Delegations.Any(d => ids.Contains(d.NationId))
                || p.Engagement.Participants.Any(q => q.NationId != null && ids.Contains(q.NationId.Value)));
        }

        var rows = participants.OrderBy(p => p.Id).AsSingleQuery().Select(Evidence.Inline((EngagementParticipant p) => new EngagementParticipantRow
        {
            Id = p.Id,
            EngagementId = p.EngagementId,
            EngagementSubject = p.Engagement.Subject,
            HeldOn = p.Engagement.HeldOn,
            NationAlpha3 = p.Nation == null ? null : p.Nation.Alpha3Code,
            OrganisationId = p.OrganisationId,
            Role = p.Role,
            Evidence = Evidence.Of(p),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, p => scope.Overlaps(p.HeldOn, null, openEnded: false), cancellationToken);
    }

    /// <summary>The bodies that are parties to agreements in scope (as <see cref="Agreements"/>).</summary>
    public static IAsyncEnumerable<AgreementBodyPartyRow> AgreementBodyParties(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<AgreementOrganisationParty> parties = scope.Db.AgreementOrganisationParties.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            parties = parties.Where(p => p.Agreement.Parties.Any(q => ids.Contains(q.NationId)));
        }

        var rows = parties.OrderBy(p => p.Id).AsSingleQuery().Select(Evidence.Inline((AgreementOrganisationParty p) => new AgreementBodyPartyRow
        {
            Id = p.Id,
            AgreementId = p.AgreementId,
            AgreementTitle = p.Agreement.Title,
            AgreementKind = p.Agreement.Kind,
            AgreementSubject = p.Agreement.Subject,
            AgreementStatus = p.Agreement.Status,
            StartedOn = p.Agreement.EnteredIntoForceOn ?? p.Agreement.ConcludedOn,
            EndedOn = p.Agreement.EndedOn,
            OrganisationId = p.OrganisationId,
            NationPartiesText = string.Join(",", p.Agreement.Parties.Select(q => q.Nation.Alpha3Code)),
            BodyPartyIdsText = string.Join(",", p.Agreement.OrganisationParties.Where(q => q.Id != p.Id).Select(q => q.OrganisationId)),
            Evidence = Evidence.Of(p),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, p => scope.Overlaps(p.StartedOn, p.EndedOn, openEnded: true), cancellationToken);
    }

    /// <summary>Security issues with an actor that is a listed nation (every issue without a filter); not filtered by date.</summary>
    public static IAsyncEnumerable<SecurityIssueRow> SecurityIssues(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<SecurityIssue> issues = scope.Db.SecurityIssues.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            issues = issues.Where(i => i.Actors.Any(a => a.NationId != null && ids.Contains(a.NationId.Value)));
        }

        return issues.OrderBy(i => i.Id).AsSingleQuery().Select(Evidence.Inline((SecurityIssue i) => new SecurityIssueRow
        {
            Id = i.Id,
            Name = i.Name,
            Evidence = Evidence.Of(i),
        })).AsAsyncEnumerable().Resolved(scope, cancellationToken);
    }

    /// <summary>The actors of the security issues in scope; a dated actor on its day, an undated one left out by a range.</summary>
    public static IAsyncEnumerable<SecurityIssueActorRow> SecurityIssueActors(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<SecurityIssueActor> actors = scope.Db.SecurityIssueActors.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            actors = actors.Where(a => a.SecurityIssue.Actors.Any(q => q.NationId != null && ids.Contains(q.NationId.Value)));
        }

        var rows = actors.OrderBy(a => a.Id).AsSingleQuery().Select(Evidence.Inline((SecurityIssueActor a) => new SecurityIssueActorRow
        {
            Id = a.Id,
            SecurityIssueId = a.SecurityIssueId,
            SecurityIssueName = a.SecurityIssue.Name,
            Role = a.Role,
            NationAlpha3 = a.Nation == null ? null : a.Nation.Alpha3Code,
            OrganisationId = a.OrganisationId,
            Date = a.Date,
            Evidence = Evidence.Of(a),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, a => scope.Overlaps(a.Date, null, openEnded: false), cancellationToken);
    }

    /// <summary>
    /// The relations of one kind the exports draw (tensions, partnerships), kept when a listed nation
    /// is one of the two; a range keeps the dated ones in it, a partnership from its date on.
    /// </summary>
    public static IAsyncEnumerable<NationRelationRow> Relations(ExportScope scope, NationRelationKind kind, CancellationToken cancellationToken)
    {
        IQueryable<NationRelation> relations = scope.Db.NationRelations.AsNoTracking().Where(r => r.Kind == kind);
        if (scope.NationIds is { } ids)
        {
            relations = relations.Where(r => ids.Contains(r.SubjectNationId) || ids.Contains(r.CounterpartNationId));
        }

        var rows = relations.OrderBy(r => r.Id).AsSingleQuery().Select(Evidence.Inline((NationRelation r) => new NationRelationRow
        {
            Id = r.Id,
            SubjectAlpha3 = r.Subject.Alpha3Code,
            CounterpartAlpha3 = r.Counterpart.Alpha3Code,
            Level = r.Level,
            Date = r.Date,
            Evidence = Evidence.Of(r),
        })).AsAsyncEnumerable();
        var openEnded = kind == NationRelationKind.Partnership;
        return InRange(rows, scope, r => scope.Overlaps(r.Date, null, openEnded), cancellationToken);
    }

    /// <summary>Initiatives a listed nation takes part in; initiatives have no dates, so a date range leaves them out.</summary>
    public static IAsyncEnumerable<InitiativeRow> Initiatives(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<Initiative> initiatives = scope.Db.Initiatives.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            initiatives = initiatives.Where(i => i.Participants.Any(p => ids.Contains(p.NationId)));
        }

        var rows = initiatives.OrderBy(i => i.Id).AsSingleQuery().Select(Evidence.Inline((Initiative i) => new InitiativeRow
        {
            Id = i.Id,
            Name = i.Name,
            SteeringGroupId = i.SteeringGroupId,
            PolicyName = i.Policy == null ? null : i.Policy.Name,
            AimDescription = i.Aim == null ? null : i.Aim.Description,
            Evidence = Evidence.Of(i),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, _ => false, cancellationToken);
    }

    /// <summary>The nations taking part in the initiatives in scope (as <see cref="Initiatives"/>).</summary>
    public static IAsyncEnumerable<InitiativeParticipantRow> InitiativeParticipants(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<InitiativeParticipant> participants = scope.Db.InitiativeParticipants.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            participants = participants.Where(p => p.Initiative.Participants.Any(q => ids.Contains(q.NationId)));
        }

        var rows = participants.OrderBy(p => p.Id).AsSingleQuery().Select(Evidence.Inline((InitiativeParticipant p) => new InitiativeParticipantRow
        {
            Id = p.Id,
            InitiativeId = p.InitiativeId,
            NationAlpha3 = p.Nation.Alpha3Code,
            Evidence = Evidence.Of(p),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, _ => false, cancellationToken);
    }

    /// <summary>
    /// Ownerships of the bodies in scope (as <see cref="Organisations"/>: the rule memberships follow,
    /// by the body they are of); an ownership from its start, open, and an undated one left out by a range.
    /// </summary>
    public static IAsyncEnumerable<OwnershipRow> Ownerships(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<Ownership> ownerships = scope.Db.Ownerships.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            var bodies = BodiesInScope(scope.Db, ids, scope.Db.Organisations).Select(o => o.Id);
            ownerships = ownerships.Where(o => bodies.Contains(o.OwnedId));
        }

        var rows = ownerships.OrderBy(o => o.Id).AsSingleQuery().Select(Evidence.Inline((Ownership o) => new OwnershipRow
        {
            Id = o.Id,
            OwnedId = o.OwnedId,
            OwnerNationAlpha3 = o.OwnerNation == null ? null : o.OwnerNation.Alpha3Code,
            OwnerOrganisationId = o.OwnerOrganisationId,
            Share = o.Share,
            StartedOn = o.StartedOn,
            Evidence = Evidence.Of(o),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, o => scope.Overlaps(o.StartedOn, null, openEnded: true), cancellationToken);
    }

    /// <summary>
    /// Defence deals with a side in scope: a listed nation supplies or receives, itself or through a
    /// body of that nation; from the first of its decision, award and signature through its delivery,
    /// an undated one left out by a range.
    /// </summary>
    public static IAsyncEnumerable<DealRow> DefenceDeals(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<DefenceDeal> deals = scope.Db.DefenceDeals.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            deals = deals.Where(d => (d.SupplierNationId != null && ids.Contains(d.SupplierNationId.Value))
                || (d.RecipientNationId != null && ids.Contains(d.RecipientNationId.Value))
                || (d.SupplierOrganisation != null && d.SupplierOrganisation.NationId != null && ids.Contains(d.SupplierOrganisation.NationId.Value))
                || (d.RecipientOrganisation != null && d.RecipientOrganisation.NationId != null && ids.Contains(d.RecipientOrganisation.NationId.Value)));
        }

        var rows = deals.OrderBy(d => d.Id).AsSingleQuery().Select(Evidence.Inline((DefenceDeal d) => new DealRow
        {
            Id = d.Id,
            SupplierNationAlpha3 = d.SupplierNation == null ? null : d.SupplierNation.Alpha3Code,
            SupplierOrganisationId = d.SupplierOrganisationId,
            SupplierBodyNationAlpha3 = d.SupplierOrganisation == null || d.SupplierOrganisation.Nation == null ? null : d.SupplierOrganisation.Nation.Alpha3Code,
            RecipientNationAlpha3 = d.RecipientNation == null ? null : d.RecipientNation.Alpha3Code,
            RecipientOrganisationId = d.RecipientOrganisationId,
            RecipientBodyNationAlpha3 = d.RecipientOrganisation == null || d.RecipientOrganisation.Nation == null ? null : d.RecipientOrganisation.Nation.Alpha3Code,
            EndUserId = d.EndUserId,
            Kind = d.Kind,
            Designation = d.Designation,
            Category = d.Category,
            Quantity = d.Quantity,
            QuantityUnit = d.QuantityUnit,
            QuantityDelivered = d.QuantityDelivered,
            Value = d.Value,
            ValueUpTo = d.ValueUpTo,
            ValueCurrency = d.ValueCurrency,
            ValueExactness = d.ValueExactness,
            DecidedOn = d.DecidedOn,
            AwardedOn = d.AwardedOn,
            SignedOn = d.SignedOn,
            DeliveredOn = d.DeliveredOn,
            DeliveryDueOn = d.DeliveryDueOn,
            Evidence = Evidence.Of(d),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, d => scope.Overlaps(d.DecidedOn ?? d.AwardedOn ?? d.SignedOn, d.DeliveredOn, openEnded: false), cancellationToken);
    }

    /// <summary>
    /// Invitations with a nation in scope: a listed nation invited or was invited; an invitation
    /// between people is kept when the event it is to has a listed nation taking part. Dated by
    /// when it was extended; an undated one is left out by a range.
    /// </summary>
    public static IAsyncEnumerable<InvitationRow> Invitations(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<Invitation> invitations = scope.Db.Invitations.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            invitations = invitations.Where(i => (i.InviterNationId != null && ids.Contains(i.InviterNationId.Value))
                || (i.InviteeNationId != null && ids.Contains(i.InviteeNationId.Value))
                || (i.Engagement != null && i.Engagement.Delegations.Any(d => ids.Contains(d.NationId)))
                || (i.Exercise != null && i.Exercise.Participants.Any(p => ids.Contains(p.NationId))));
        }

        var rows = invitations.OrderBy(i => i.Id).AsSingleQuery().Select(Evidence.Inline((Invitation i) => new InvitationRow
        {
            Id = i.Id,
            InviterNationAlpha3 = i.InviterNation == null ? null : i.InviterNation.Alpha3Code,
            InviterPersonId = i.InviterPersonId,
            InviteeNationAlpha3 = i.InviteeNation == null ? null : i.InviteeNation.Alpha3Code,
            InviteePersonId = i.InviteePersonId,
            EngagementId = i.EngagementId,
            EngagementSubject = i.Engagement == null ? null : i.Engagement.Subject,
            ExerciseId = i.ExerciseId,
            ExerciseLabel = i.Exercise == null ? null : i.Exercise.Name ?? i.Exercise.Series.Name,
            Response = i.Response,
            ExtendedOn = i.ExtendedOn,
            Evidence = Evidence.Of(i),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, i => scope.Overlaps(i.ExtendedOn, i.ExtendedOn, openEnded: false), cancellationToken);
    }

    /// <summary>The steps of the legal lives of agreements in scope (a listed nation is a party), each at its date; an undated one left out by a range.</summary>
    public static IAsyncEnumerable<AgreementEventRow> AgreementEvents(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<AgreementEvent> events = scope.Db.AgreementEvents.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            events = events.Where(e => e.Agreement.Parties.Any(q => ids.Contains(q.NationId)));
        }

        var rows = events.OrderBy(e => e.AgreementId).ThenBy(e => e.Id).AsSingleQuery().Select(Evidence.Inline((AgreementEvent e) => new AgreementEventRow
        {
            Id = e.Id,
            AgreementId = e.AgreementId,
            Kind = e.Kind,
            OccurredOn = e.OccurredOn,
            PartyAlpha3 = e.Party == null ? null : e.Party.Alpha3Code,
            ActingBodyId = e.ActingBodyId,
            NationPartiesText = string.Join(",", e.Agreement.Parties.Select(q => q.Nation.Alpha3Code)),
            Evidence = Evidence.Of(e),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, e => scope.Overlaps(e.OccurredOn, null, openEnded: false), cancellationToken);
    }

    /// <summary>The signatories of agreements in scope (as <see cref="Agreements"/> and <see cref="AgreementBodyParties"/>), over the agreement's span.</summary>
    public static IAsyncEnumerable<SignatoryRow> Signatories(ExportScope scope, CancellationToken cancellationToken)
    {
        IQueryable<AgreementSignatory> signatories = scope.Db.AgreementSignatories.AsNoTracking();
        if (scope.NationIds is { } ids)
        {
            signatories = signatories.Where(s => s.Agreement.Parties.Any(q => ids.Contains(q.NationId)));
        }

        var rows = signatories.OrderBy(s => s.Id).AsSingleQuery().Select(Evidence.Inline((AgreementSignatory s) => new SignatoryRow
        {
            Id = s.Id,
            AgreementId = s.AgreementId,
            AgreementTitle = s.Agreement.Title,
            AgreementKind = s.Agreement.Kind,
            AgreementSubject = s.Agreement.Subject,
            StartedOn = s.Agreement.EnteredIntoForceOn ?? s.Agreement.ConcludedOn,
            EndedOn = s.Agreement.EndedOn,
            OrganisationId = s.OrganisationId,
            Role = s.Role,
            OnBehalfOfAlpha3 = s.OnBehalfOf == null ? null : s.OnBehalfOf.Alpha3Code,
            Evidence = Evidence.Of(s),
        })).AsAsyncEnumerable();
        return InRange(rows, scope, s => scope.Overlaps(s.StartedOn, s.EndedOn, openEnded: true), cancellationToken);
    }

    /// <summary>
    /// The bodies a nation filter keeps: those of a listed nation; a body without a nation (a forum)
    /// when a listed nation is its member; and one (a joint venture the source registers nowhere) when
    /// a listed nation, or a body of one, owns a share of it. Memberships and ownerships are kept by
    /// the body they are of, so this one rule decides the bodies and the rows about them.
    /// </summary>
    private static IQueryable<Organisation> BodiesInScope(DefenceTiesDbContext db, List<int> ids, IQueryable<Organisation> organisations) =>
        organisations.Where(o => (o.NationId != null && ids.Contains(o.NationId.Value))
            || o.Memberships.Any(m => m.MemberNationId != null && ids.Contains(m.MemberNationId.Value))
            || (o.NationId == null && db.Ownerships.Any(w => w.OwnedId == o.Id
                && ((w.OwnerNationId != null && ids.Contains(w.OwnerNationId.Value))
                    || (w.OwnerOrganisation != null && w.OwnerOrganisation.NationId != null && ids.Contains(w.OwnerOrganisation.NationId.Value))))));

    private static IAsyncEnumerable<T> Resolved<T>(this IAsyncEnumerable<T> rows, ExportScope scope, CancellationToken cancellationToken)
        where T : IEvidenced => InRange(rows, scope, _ => true, cancellationToken);

    private static async IAsyncEnumerable<T> InRange<T>(IAsyncEnumerable<T> rows, ExportScope scope, Func<T, bool> overlaps, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : IEvidenced
    {
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!scope.HasDateRange || overlaps(row))
            {
                scope.Resolve(row.Evidence);
                yield return row;
            }
        }
    }
}
