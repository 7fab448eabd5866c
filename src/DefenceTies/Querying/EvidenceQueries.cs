using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Querying;

/// <summary>The evidence behind facts: every citation that backs each fact, each of its parts and each of its values cited on its own.</summary>
public static partial class EvidenceQueries
{
    /// <summary>
    /// Every citation backing each of <paramref name="facts"/> and each of their parts (the parties
    /// of an agreement, the participants of an exercise, the members and focus areas of a working
    /// group, the members of a delegation, the topics of an engagement) and each value of theirs
    /// with a citation of its own (<see cref="ValueCitation"/>, target
    /// <see cref="EvidenceTarget.Value"/>): for each one, what it backs
    /// (<see cref="CitationEvidence.Target"/>), its support, note, passage and offset, its document,
    /// whose claim it relays, and the citations corroborating it.
    /// </summary>
    /// <remarks>
    /// Ordered by fact, then the fact's own evidence, then its values' (by property name), then its
    /// parts' (by name, then key), and for each target its own citation before those corroborating it
    /// (by key). Runs a few SQL queries whatever the number of facts: one for the facts' citations,
    /// one for their value citations, one per kind of part, one for the citations and their documents
    /// and speakers; no table is read whole.
    /// </remarks>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts, as an EF Core query (filter it first: <c>db.Agreements.Where(a =&gt; a.Id == id)</c>).</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <exception cref="ArgumentException"><paramref name="facts"/> is not an EF Core query.</exception>
    public static async Task<IReadOnlyList<CitationEvidence>> EvidenceAsync<T>(this IQueryable<T> facts, CancellationToken cancellationToken = default)
        where T : CitedEntity
    {
        var citations = CitationsOf(facts);
        facts = facts.AsNoTracking();
        var backings = await facts.Select(f => new Backing { FactId = f.Id, CitationId = f.CitationId }).ToListAsync(cancellationToken).ConfigureAwait(false);

        // A fact's value citations, read through the index on (fact column, property) of the arc.
        // (The result selector makes it a join; a Select inside SelectMany needs APPLY, which SQLite lacks.)
        // Only the preferred value's own citation: competing claims are listed by Claims(), not as evidence of the value held.
        backings.AddRange(await facts.SelectMany(f => f.ValueCitations.Where(v => v.Rank == ClaimRank.Preferred), (f, v) => new Backing { FactId = f.Id, Property = v.Property, CitationId = v.Citation.Id })
            .ToListAsync(cancellationToken).ConfigureAwait(false));
        foreach (var (name, parts) in Parts(facts))
        {
            foreach (var part in await parts.ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                backings.Add(part with { PartName = name });
            }
        }

        if (backings.Count == 0)
        {
            return [];
        }

        var ids = backings.Select(b => b.CitationId).Distinct().ToList();
        var rows = await CitationRowsAsync(citations, ids, withCorroborations: true, cancellationToken).ConfigureAwait(false);

        var byId = rows.ToDictionary(r => r.Id);
        var corroborations = rows.Where(r => r.CorroboratesId is not null).ToLookup(r => r.CorroboratesId!.Value);
        return [.. backings
            .OrderBy(b => b.FactId).ThenBy(b => b.Target.Kind switch { EvidenceTargetKind.Fact => 0, EvidenceTargetKind.Value => 1, _ => 2 })
            .ThenBy(b => b.Property, StringComparer.Ordinal).ThenBy(b => b.PartName, StringComparer.Ordinal).ThenBy(b => b.PartId)
            .SelectMany(b => corroborations[b.CitationId].OrderBy(r => r.Id).Prepend(byId[b.CitationId]).Select(r => r.ToEvidence(b.FactId, b.Target)))];
    }

    /// <summary>The citations table of the context <paramref name="facts"/> is a query of.</summary>
    /// <exception cref="ArgumentException"><paramref name="facts"/> is not an EF Core query.</exception>
    private static IQueryable<Citation> CitationsOf<T>(IQueryable<T> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return QueryRoots.Table<Citation>(facts)
            ?? throw new ArgumentException("The facts must be an EF Core query (a DbSet, or LINQ over one).", nameof(facts));
    }

    /// <summary>The citations with keys <paramref name="ids"/>, with their documents and speakers, and optionally those corroborating them, in one query.</summary>
    private static async Task<List<CitationRow>> CitationRowsAsync(IQueryable<Citation> citations, List<int> ids, bool withCorroborations, CancellationToken cancellationToken)
    {
        // Chosen here rather than in the SQL, so each query reads only the index it needs.
        var wanted = withCorroborations
            ? citations.Where(c => ids.Contains(c.Id) || (c.CorroboratesId != null && ids.Contains(c.CorroboratesId.Value)))
            : citations.Where(c => ids.Contains(c.Id));
        return await wanted.AsNoTracking()
            .Select(c => new CitationRow
            {
                Id = c.Id,
                CorroboratesId = c.CorroboratesId,
                Support = c.Support,
                Note = c.Note,
                Passage = c.Passage,
                StartIndex = c.StartIndex,
                Document = new EvidenceDocument
                {
                    Id = c.SourceDocumentId,
                    Key = c.SourceDocument.Key,
                    Title = c.SourceDocument.Title,
                    PublishedOn = c.SourceDocument.PublishedOn,
                    Origin = c.SourceDocument.Origin,
                },
                PersonId = c.Claim == null ? null : c.Claim.Statement.SpeakerPersonId,
                PersonName = c.Claim == null ? null : c.Claim.Statement.SpeakerPerson!.Name,
                PersonRank = c.Claim == null ? null : c.Claim.Statement.SpeakerPerson!.Rank,
                OrganisationId = c.Claim == null ? null : c.Claim.Statement.SpeakerOrganisationId,
                OrganisationName = c.Claim == null ? null : c.Claim.Statement.SpeakerOrganisation!.Name,
                OrganisationKind = c.Claim == null ? null : c.Claim.Statement.SpeakerOrganisation!.Kind,
                OrganisationNation = c.Claim == null ? null : c.Claim.Statement.SpeakerOrganisation!.Nation!.Name,
                AnonymousSource = c.Claim == null ? null : c.Claim.Statement.AnonymousSource,
                AnonymousTie = c.Claim == null ? null : c.Claim.Statement.AnonymousSourceNation!.Name ?? c.Claim.Statement.AnonymousSourceOrganisation!.Name,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The parts of a kind of fact that carry citations of their own, as queries over <paramref name="facts"/>.</summary>
    private static IEnumerable<(string Name, IQueryable<Backing> Parts)> Parts<T>(IQueryable<T> facts)
        where T : CitedEntity
    {
        switch (facts)
        {
            case IQueryable<Agreement> agreements:
                yield return (nameof(Agreement.Parties), agreements.SelectMany(a => a.Parties).Select(p => new Backing { FactId = p.AgreementId, PartId = p.Id, CitationId = p.CitationId }));
                break;
            case IQueryable<MilitaryExercise> exercises:
                yield return (nameof(MilitaryExercise.Participants), exercises.SelectMany(x => x.Participants).Select(p => new Backing { FactId = p.ExerciseId, PartId = p.Id, CitationId = p.CitationId }));
                break;
            case IQueryable<WorkingGroup> groups:
                yield return (nameof(WorkingGroup.Members), groups.SelectMany(g => g.Members).Select(m => new Backing { FactId = m.WorkingGroupId, PartId = m.Id, CitationId = m.CitationId }));
                yield return (nameof(WorkingGroup.FocusAreas), groups.SelectMany(g => g.FocusAreas).Select(f => new Backing { FactId = f.WorkingGroupId, PartId = f.Id, CitationId = f.CitationId }));
                break;
            case IQueryable<Delegation> delegations:
                yield return (nameof(Delegation.Members), delegations.SelectMany(d => d.Members).Select(m => new Backing { FactId = m.DelegationId, PartId = m.Id, CitationId = m.CitationId }));
                break;
            case IQueryable<Engagement> engagements:
                yield return (nameof(Engagement.Topics), engagements.SelectMany(e => e.Topics).Select(t => new Backing { FactId = t.EngagementId, PartId = t.Id, CitationId = t.CitationId }));
                break;
        }
    }

    /// <summary>A citation that backs a fact, one of its parts or one of its values directly (not as a corroboration).</summary>
    private sealed record Backing
    {
        public int FactId { get; init; }

        public string? PartName { get; init; }

        public int? PartId { get; init; }

        public string? Property { get; init; }

        public int CitationId { get; init; }

        public EvidenceTarget Target =>
            PartName is not null ? EvidenceTarget.Part(PartName, PartId!.Value)
            : Property is not null ? EvidenceTarget.Value(Property)
            : EvidenceTarget.Fact;
    }

    /// <summary>A citation as read, before it is told what it backs.</summary>
    private sealed class CitationRow
    {
        public int Id { get; init; }

        public int? CorroboratesId { get; init; }

        public SupportKind Support { get; init; }

        public string? Note { get; init; }

        public string Passage { get; init; } = null!;

        public int StartIndex { get; init; }

        public EvidenceDocument Document { get; init; } = null!;

        public int? PersonId { get; init; }

        public string? PersonName { get; init; }

        public string? PersonRank { get; init; }

        public int? OrganisationId { get; init; }

        public string? OrganisationName { get; init; }

        public OrganisationKind? OrganisationKind { get; init; }

        public string? OrganisationNation { get; init; }

        public string? AnonymousSource { get; init; }

        public string? AnonymousTie { get; init; }

        public CitationEvidence ToEvidence(int factId, EvidenceTarget target) => new()
        {
            FactId = factId,
            Target = target,
            CitationId = Id,
            CorroboratesId = CorroboratesId,
            Support = Support,
            Note = Note,
            Passage = Passage,
            StartIndex = StartIndex,
            Document = Document,
            Claimant = PersonId is null && OrganisationId is null && AnonymousSource is null ? null
                : new EvidenceClaimant { PersonId = PersonId, OrganisationId = OrganisationId, AnonymousSource = AnonymousSource, Label = ClaimantLabel() },
        };

        // "Defence Ministry" alone does not say whose: name the nation unless the name already does.
        private string ClaimantLabel() =>
            AnonymousSource is not null ? (AnonymousTie is null ? $"anonymous source: {AnonymousSource}" : $"anonymous source: {AnonymousSource} ({AnonymousTie})")
            : PersonId is not null ? (PersonRank is null ? PersonName! : $"{PersonRank} {PersonName}")
            : OrganisationName is null ? Organisation.Label(null, OrganisationKind!.Value, OrganisationNation)
            : OrganisationName.Contains(OrganisationNation!, StringComparison.Ordinal) ? OrganisationName
            : $"{OrganisationNation}'s {OrganisationName}";
    }
}
