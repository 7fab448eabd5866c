using System.Globalization;
using DefenceTies.Model;
using DefenceTies.Querying;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Explorer.Data;

public sealed partial class ExplorerQueries
{
    /// <summary>A fact of the given kind (<see cref="FactKind"/>) with every citation backing it, or null when there is none.</summary>
    public async Task<FactView?> FactAsync(string kind, int id, CancellationToken cancellationToken)
    {
        var fact = kind switch
        {
            FactKind.Engagement => await EngagementAsync(id, cancellationToken),
            FactKind.Agreement => await AgreementAsync(id, cancellationToken),
            FactKind.Exercise => await ExerciseAsync(id, cancellationToken),
            FactKind.WorkingGroup => await WorkingGroupAsync(id, cancellationToken),
            FactKind.Delegation => await DelegationAsync(id, cancellationToken),
            FactKind.PostHolding => await PostHoldingAsync(id, cancellationToken),
            FactKind.Organisation => await OrganisationAsync(id, cancellationToken),
            _ => null,
        };
        if (fact is null)
        {
            return null;
        }

        var (kindLabel, title, details, claims, (evidence, valueClaims)) = fact.Value;

        // Each value with a citation of its own (the library's Value targets) comes right after the
        // fact's own claim, whatever the kind of fact, so the page can set them side by side.
        var values = evidence.Select(e => e.Target).Where(t => t.Kind == EvidenceTargetKind.Value).Distinct()
            .Select(t => (Heading: $"Its {Words(t.Property!)}, cited on its own", Target: t)).ToList();
        var fullClaims = new List<(string Heading, EvidenceTarget Target)>();
        foreach (var claim in claims)
        {
            fullClaims.Add(claim);
            if (claim.Target == EvidenceTarget.Fact)
            {
                fullClaims.AddRange(values);
            }
        }
        var documentIds = evidence.Select(e => e.Document.Id).Concat(valueClaims.Select(c => c.Citation.Document.Id)).Distinct().ToList();
        var texts = await db.SourceDocuments.AsNoTracking()
            .Where(d => documentIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Text })
            .ToDictionaryAsync(d => d.Id, d => d.Text, cancellationToken);
        return new FactView
        {
            KindLabel = kindLabel,
            Title = title,
            Details = details,
            Claims = [.. fullClaims.Select(c => new FactClaim(c.Heading, [.. evidence.Where(e => e.Target == c.Target).Select(e => InDocument(e, texts[e.Document.Id]))], c.Target.Property))],

            // Only values another source gives otherwise: a value merely cited again is no dispute,
            // and a fact without one looks as it did before claims existed.
            CompetingClaims =
            [
                .. valueClaims.GroupBy(c => c.Property).Where(g => g.Any(c => c.IsCompeting))
                    .Select(g => new ValueClaims(g.Key, $"Its {Words(g.Key)}", [.. g.Select(c => new ValueClaim(c, InDocument(c.Citation, texts[c.Citation.Document.Id])))])),
            ],
        };
    }

    /// <summary>The library's evidence for one fact and the claims for its values, each with its citation.</summary>
    private static async Task<FactBacking> BackingAsync<T>(IQueryable<T> fact, CancellationToken cancellationToken)
        where T : CitedEntity =>
        new(await fact.EvidenceAsync(cancellationToken), await fact.ClaimEvidenceAsync(cancellationToken));

    /// <summary>A citation with its document's text split around the passage, when the library finds the passage where the citation says.</summary>
    private static CitationInDocument InDocument(CitationEvidence evidence, string text)
    {
        var found = PassageCheck.IsVerbatimAt(text, evidence.Passage, evidence.StartIndex);
        return new CitationInDocument
        {
            Evidence = evidence,
            IsPrimary = !evidence.IsCorroboration,
            FoundAtPosition = found,
            Before = found ? text[..evidence.StartIndex] : string.Empty,
            Passage = evidence.Passage,
            After = found ? text[(evidence.StartIndex + evidence.Passage.Length)..] : string.Empty,
        };
    }

    private async Task<FactParts?> EngagementAsync(int id, CancellationToken cancellationToken)
    {
        var e = await db.Engagements.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Subject, x.Kind, x.HeldOn })
            .SingleOrDefaultAsync(cancellationToken);
        if (e is null)
        {
            return null;
        }

        var nations = await db.Delegations.AsNoTracking().Where(d => d.EngagementId == id)
            .OrderBy(d => d.Nation.Name).Select(d => d.Nation.Name).ToListAsync(cancellationToken);
        return new FactParts("Engagement", e.Subject,
            [Detail("Kind", Words(e.Kind.ToString())), Detail("Held on", e.HeldOn.ToString()), Detail("Delegations", string.Join(", ", nations))],
            [("The engagement", EvidenceTarget.Fact)],
            await BackingAsync(db.Engagements.Where(x => x.Id == id), cancellationToken));
    }

    private async Task<FactParts?> AgreementAsync(int id, CancellationToken cancellationToken)
    {
        var a = await db.Agreements.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Title, x.Subject, x.Kind, x.Status, x.Significance, x.ConcludedOn, x.EnteredIntoForceOn, x.EndedOn })
            .SingleOrDefaultAsync(cancellationToken);
        if (a is null)
        {
            return null;
        }

        var parties = await db.AgreementParties.AsNoTracking().Where(p => p.AgreementId == id)
            .OrderBy(p => p.Nation.Name).Select(p => new { p.Nation.Name, p.Id }).ToListAsync(cancellationToken);
        return new FactParts("Agreement", a.Title ?? a.Subject,
            [
                Detail("Kind", Words(a.Kind.ToString())), Detail("Status", Words(a.Status.ToString())), Detail("Subject", a.Subject),
                Detail("Significance", a.Significance), Detail("Concluded", a.ConcludedOn?.ToString()),
                Detail("In force", a.EnteredIntoForceOn?.ToString()), Detail("Ended", a.EndedOn?.ToString()),
                Detail("Parties", string.Join(", ", parties.Select(p => p.Name))),
            ],
            [("The agreement", EvidenceTarget.Fact), .. parties.Select(p => ($"{p.Name} is a party", EvidenceTarget.Part(nameof(Agreement.Parties), p.Id)))],
            await BackingAsync(db.Agreements.Where(x => x.Id == id), cancellationToken));
    }

    private async Task<FactParts?> ExerciseAsync(int id, CancellationToken cancellationToken)
    {
        var x = await db.MilitaryExercises.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new { m.Name, Series = m.Series.Name, m.StartedOn, m.EndedOn })
            .SingleOrDefaultAsync(cancellationToken);
        if (x is null)
        {
            return null;
        }

        var participants = await db.ExerciseParticipants.AsNoTracking().Where(p => p.ExerciseId == id)
            .OrderBy(p => p.Nation.Name)
            .Select(p => new { Nation = p.Nation.Name, Service = p.Service == null ? null : p.Service.Name, ServiceKind = p.Service == null ? (OrganisationKind?)null : p.Service.Kind, p.Id })
            .ToListAsync(cancellationToken);
        string Label(string nation, string? service, OrganisationKind? kind) =>
            service ?? (kind is { } k ? $"{nation}'s {Words(k.ToString())}" : nation);
        return new FactParts("Military exercise", x.Name ?? x.Series,
            [Detail("Series", x.Series), Detail("Edition", x.Name ?? "not named in the source"), Detail("Started", x.StartedOn?.ToString() ?? "not stated"), Detail("Ended", x.EndedOn?.ToString()), Detail("Participants", string.Join(", ", participants.Select(p => Label(p.Nation, p.Service, p.ServiceKind))))],
            [("The exercise", EvidenceTarget.Fact), .. participants.Select(p => ($"{Label(p.Nation, p.Service, p.ServiceKind)} took part", EvidenceTarget.Part(nameof(MilitaryExercise.Participants), p.Id)))],
            await BackingAsync(db.MilitaryExercises.Where(m => m.Id == id), cancellationToken));
    }

    private async Task<FactParts?> WorkingGroupAsync(int id, CancellationToken cancellationToken)
    {
        var g = await db.WorkingGroups.AsNoTracking().Where(w => w.Id == id)
            .Select(w => new { w.Name, w.Mandate, w.Status, EstablishedBy = w.EstablishedBy == null ? null : w.EstablishedBy.Title ?? w.EstablishedBy.Subject })
            .SingleOrDefaultAsync(cancellationToken);
        if (g is null)
        {
            return null;
        }

        var members = await db.WorkingGroupMembers.AsNoTracking().Where(m => m.WorkingGroupId == id)
            .OrderBy(m => m.Nation.Name).Select(m => new { m.Nation.Name, m.Id }).ToListAsync(cancellationToken);
        return new FactParts("Working group", g.Name ?? g.Mandate,
            [Detail("Mandate", g.Mandate), Detail("Status", Words(g.Status.ToString())), Detail("Established by", g.EstablishedBy), Detail("Members", string.Join(", ", members.Select(m => m.Name)))],
            [("The working group", EvidenceTarget.Fact), .. members.Select(m => ($"{m.Name} is a member", EvidenceTarget.Part(nameof(WorkingGroup.Members), m.Id)))],
            await BackingAsync(db.WorkingGroups.Where(w => w.Id == id), cancellationToken));
    }

    private async Task<FactParts?> DelegationAsync(int id, CancellationToken cancellationToken)
    {
        var d = await db.Delegations.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { Nation = x.Nation.Name, x.Engagement.Subject, x.Engagement.HeldOn })
            .SingleOrDefaultAsync(cancellationToken);
        if (d is null)
        {
            return null;
        }

        var members = await db.DelegationMembers.AsNoTracking().Where(m => m.DelegationId == id)
            .OrderBy(m => m.Role).ThenBy(m => m.Person.Name)
            .Select(m => new { m.Person.Name, m.Person.Rank, m.Role, Post = m.Capacity == null ? null : m.Capacity.Title, m.Id })
            .ToListAsync(cancellationToken);
        string Who(string name, string? rank, DelegationRole role, string? post) =>
            $"{(rank is null ? name : $"{rank} {name}")}{(post is null ? string.Empty : $", {post},")} {(role == DelegationRole.Leader ? "led the delegation" : "was a member")}";
        return new FactParts("Delegation", $"{d.Nation}'s delegation to the {d.Subject}",
            [Detail("Held on", d.HeldOn.ToString()), .. members.Select(m => Detail(m.Role == DelegationRole.Leader ? "Leader" : "Member", m.Rank is null ? m.Name : $"{m.Rank} {m.Name}"))],
            [("The delegation", EvidenceTarget.Fact), .. members.Select(m => (Who(m.Name, m.Rank, m.Role, m.Post), EvidenceTarget.Part(nameof(Delegation.Members), m.Id)))],
            await BackingAsync(db.Delegations.Where(x => x.Id == id), cancellationToken));
    }

    private async Task<FactParts?> PostHoldingAsync(int id, CancellationToken cancellationToken)
    {
        var h = await db.PostHoldings.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Person.Name, x.Post.Title, Nation = x.Post.Nation == null ? null : x.Post.Nation.Name, x.StartedOn, x.EndedOn })
            .SingleOrDefaultAsync(cancellationToken);
        return h is null
            ? null
            : new FactParts("Post held", $"{h.Name}, {h.Title}",
                [Detail("Post", h.Title), Detail("Nation", h.Nation), Detail("From", h.StartedOn?.ToString()), Detail("Until", h.EndedOn?.ToString())],
                [("Who holds the post", EvidenceTarget.Fact)],
                await BackingAsync(db.PostHoldings.Where(x => x.Id == id), cancellationToken));
    }

    private async Task<FactParts?> OrganisationAsync(int id, CancellationToken cancellationToken)
    {
        var o = await db.Organisations.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Name, x.Kind, Nation = x.Nation == null ? null : x.Nation.Name, Host = x.HostNation == null ? null : x.HostNation.Name })
            .SingleOrDefaultAsync(cancellationToken);
        return o is null
            ? null
            : new FactParts("Body", o.Name ?? $"{o.Nation}'s {Words(o.Kind.ToString())}",
                [Detail("Kind", Words(o.Kind.ToString())), Detail("Nation", o.Nation), Detail("Hosted by", o.Host)],
                [("The body", EvidenceTarget.Fact)],
                await BackingAsync(db.Organisations.Where(x => x.Id == id), cancellationToken));
    }

    /// <summary>An enum member's name as words: <c>DefenceMinistry</c> → "defence ministry".</summary>
    internal static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString(CultureInfo.InvariantCulture)));

    private static KeyValuePair<string, string> Detail(string label, string? value) => new(label, value ?? string.Empty);

    /// <summary>A fact as the page heads it: labels, stored fields, what each section backs, and the library's evidence for all of it.</summary>
    private readonly record struct FactParts(
        string KindLabel,
        string Title,
        IReadOnlyList<KeyValuePair<string, string>> Details,
        IReadOnlyList<(string Heading, EvidenceTarget Target)> Claims,
        FactBacking Backing);

    /// <summary>What backs a fact: every citation of it, of its values and of its parts; and the claims for its values, the preferred one first.</summary>
    private readonly record struct FactBacking(IReadOnlyList<CitationEvidence> Evidence, IReadOnlyList<ClaimEvidence> Claims);
}
