using System.Globalization;
using DefenceTies.Model;
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

        var claims = new List<FactClaim>();
        foreach (var (heading, citationId) in fact.Value.Claims)
        {
            claims.Add(new FactClaim(heading, await CitationsInDocumentsAsync(citationId, cancellationToken)));
        }

        return new FactView { KindLabel = fact.Value.KindLabel, Title = fact.Value.Title, Details = fact.Value.Details, Claims = claims };
    }

    /// <summary>A fact's primary citation and those corroborating it, each with its document's text around the passage.</summary>
    private async Task<IReadOnlyList<CitationInDocument>> CitationsInDocumentsAsync(int citationId, CancellationToken cancellationToken)
    {
        var citations = await db.Citations.AsNoTracking()
            .Where(c => c.Id == citationId || c.CorroboratesId == citationId)
            .OrderBy(c => c.CorroboratesId == null ? 0 : 1).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.StartIndex, c.Length, c.SourceDocumentId })
            .ToListAsync(cancellationToken);
        var documentIds = citations.Select(c => c.SourceDocumentId).Distinct().ToList();
        var texts = await db.SourceDocuments.AsNoTracking()
            .Where(d => documentIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Text })
            .ToDictionaryAsync(d => d.Id, d => d.Text, cancellationToken);
        var evidence = await EvidenceAsync([.. citations.Select(c => c.Id)], cancellationToken);

        return [.. citations.Select(c =>
        {
            var text = texts[c.SourceDocumentId];
            var e = evidence[c.Id];
            var found = c.StartIndex >= 0 && c.StartIndex + e.Passage.Length <= text.Length
                && string.CompareOrdinal(text, c.StartIndex, e.Passage, 0, e.Passage.Length) == 0;
            return new CitationInDocument
            {
                Evidence = e,
                IsPrimary = c.Id == citationId,
                FoundAtPosition = found,
                Before = found ? text[..c.StartIndex] : string.Empty,
                Passage = e.Passage,
                After = found ? text[(c.StartIndex + e.Passage.Length)..] : string.Empty,
            };
        })];
    }

    private async Task<FactParts?> EngagementAsync(int id, CancellationToken cancellationToken)
    {
        var e = await db.Engagements.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Subject, x.Kind, x.HeldOn, x.CitationId })
            .SingleOrDefaultAsync(cancellationToken);
        if (e is null)
        {
            return null;
        }

        var nations = await db.Delegations.AsNoTracking().Where(d => d.EngagementId == id)
            .OrderBy(d => d.Nation.Name).Select(d => d.Nation.Name).ToListAsync(cancellationToken);
        return new FactParts("Engagement", e.Subject,
            [Detail("Kind", Words(e.Kind.ToString())), Detail("Held on", e.HeldOn.ToString()), Detail("Delegations", string.Join(", ", nations))],
            [("The engagement", e.CitationId)]);
    }

    private async Task<FactParts?> AgreementAsync(int id, CancellationToken cancellationToken)
    {
        var a = await db.Agreements.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Title, x.Subject, x.Kind, x.Status, x.Significance, x.ConcludedOn, x.EnteredIntoForceOn, x.EndedOn, x.CitationId })
            .SingleOrDefaultAsync(cancellationToken);
        if (a is null)
        {
            return null;
        }

        var parties = await db.AgreementParties.AsNoTracking().Where(p => p.AgreementId == id)
            .OrderBy(p => p.Nation.Name).Select(p => new { p.Nation.Name, p.CitationId }).ToListAsync(cancellationToken);
        return new FactParts("Agreement", a.Title ?? a.Subject,
            [
                Detail("Kind", Words(a.Kind.ToString())), Detail("Status", Words(a.Status.ToString())), Detail("Subject", a.Subject),
                Detail("Significance", a.Significance), Detail("Concluded", a.ConcludedOn?.ToString()),
                Detail("In force", a.EnteredIntoForceOn?.ToString()), Detail("Ended", a.EndedOn?.ToString()),
                Detail("Parties", string.Join(", ", parties.Select(p => p.Name))),
            ],
            [("The agreement", a.CitationId), .. parties.Select(p => ($"{p.Name} is a party", p.CitationId))]);
    }

    private async Task<FactParts?> ExerciseAsync(int id, CancellationToken cancellationToken)
    {
        var x = await db.MilitaryExercises.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new { m.Name, m.StartedOn, m.EndedOn, m.CitationId })
            .SingleOrDefaultAsync(cancellationToken);
        if (x is null)
        {
            return null;
        }

        var participants = await db.ExerciseParticipants.AsNoTracking().Where(p => p.ExerciseId == id)
            .OrderBy(p => p.Nation.Name)
            .Select(p => new { Nation = p.Nation.Name, Service = p.Service == null ? null : p.Service.Name, ServiceKind = p.Service == null ? (OrganisationKind?)null : p.Service.Kind, p.CitationId })
            .ToListAsync(cancellationToken);
        string Label(string nation, string? service, OrganisationKind? kind) =>
            service ?? (kind is { } k ? $"{nation}'s {Words(k.ToString())}" : nation);
        return new FactParts("Military exercise", x.Name,
            [Detail("Started", x.StartedOn?.ToString() ?? "not stated"), Detail("Ended", x.EndedOn?.ToString()), Detail("Participants", string.Join(", ", participants.Select(p => Label(p.Nation, p.Service, p.ServiceKind))))],
            [("The exercise", x.CitationId), .. participants.Select(p => ($"{Label(p.Nation, p.Service, p.ServiceKind)} took part", p.CitationId))]);
    }

    private async Task<FactParts?> WorkingGroupAsync(int id, CancellationToken cancellationToken)
    {
        var g = await db.WorkingGroups.AsNoTracking().Where(w => w.Id == id)
            .Select(w => new { w.Name, w.Mandate, w.Status, EstablishedBy = w.EstablishedBy == null ? null : w.EstablishedBy.Title ?? w.EstablishedBy.Subject, w.CitationId })
            .SingleOrDefaultAsync(cancellationToken);
        if (g is null)
        {
            return null;
        }

        var members = await db.WorkingGroupMembers.AsNoTracking().Where(m => m.WorkingGroupId == id)
            .OrderBy(m => m.Nation.Name).Select(m => new { m.Nation.Name, m.CitationId }).ToListAsync(cancellationToken);
        return new FactParts("Working group", g.Name ?? g.Mandate,
            [Detail("Mandate", g.Mandate), Detail("Status", Words(g.Status.ToString())), Detail("Established by", g.EstablishedBy), Detail("Members", string.Join(", ", members.Select(m => m.Name)))],
            [("The working group", g.CitationId), .. members.Select(m => ($"{m.Name} is a member", m.CitationId))]);
    }

    private async Task<FactParts?> DelegationAsync(int id, CancellationToken cancellationToken)
    {
        var d = await db.Delegations.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { Nation = x.Nation.Name, x.Engagement.Subject, x.Engagement.HeldOn, x.CitationId })
            .SingleOrDefaultAsync(cancellationToken);
        if (d is null)
        {
            return null;
        }

        var members = await db.DelegationMembers.AsNoTracking().Where(m => m.DelegationId == id)
            .OrderBy(m => m.Role).ThenBy(m => m.Person.Name)
            .Select(m => new { m.Person.Name, m.Person.Rank, m.Role, Post = m.Capacity == null ? null : m.Capacity.Title, m.CitationId })
            .ToListAsync(cancellationToken);
        string Who(string name, string? rank, DelegationRole role, string? post) =>
            $"{(rank is null ? name : $"{rank} {name}")}{(post is null ? string.Empty : $", {post},")} {(role == DelegationRole.Leader ? "led the delegation" : "was a member")}";
        return new FactParts("Delegation", $"{d.Nation}'s delegation to the {d.Subject}",
            [Detail("Held on", d.HeldOn.ToString()), .. members.Select(m => Detail(m.Role == DelegationRole.Leader ? "Leader" : "Member", m.Rank is null ? m.Name : $"{m.Rank} {m.Name}"))],
            [("The delegation", d.CitationId), .. members.Select(m => (Who(m.Name, m.Rank, m.Role, m.Post), m.CitationId))]);
    }

    private async Task<FactParts?> PostHoldingAsync(int id, CancellationToken cancellationToken)
    {
        var h = await db.PostHoldings.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Person.Name, x.Post.Title, Nation = x.Post.Nation.Name, x.StartedOn, x.EndedOn, x.CitationId })
            .SingleOrDefaultAsync(cancellationToken);
        return h is null
            ? null
            : new FactParts("Post held", $"{h.Name}, {h.Title}",
                [Detail("Post", h.Title), Detail("Nation", h.Nation), Detail("From", h.StartedOn?.ToString()), Detail("Until", h.EndedOn?.ToString())],
                [("Who holds the post", h.CitationId)]);
    }

    private async Task<FactParts?> OrganisationAsync(int id, CancellationToken cancellationToken)
    {
        var o = await db.Organisations.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Name, x.Kind, Nation = x.Nation.Name, Host = x.HostNation == null ? null : x.HostNation.Name, x.CitationId })
            .SingleOrDefaultAsync(cancellationToken);
        return o is null
            ? null
            : new FactParts("Body", o.Name ?? $"{o.Nation}'s {Words(o.Kind.ToString())}",
                [Detail("Kind", Words(o.Kind.ToString())), Detail("Nation", o.Nation), Detail("Hosted by", o.Host)],
                [("The body", o.CitationId)]);
    }

    /// <summary>An enum member's name as words: <c>DefenceMinistry</c> → "defence ministry".</summary>
    internal static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString(CultureInfo.InvariantCulture)));

    private static KeyValuePair<string, string> Detail(string label, string? value) => new(label, value ?? string.Empty);

    /// <summary>A fact before its citations are loaded: labels, stored fields, and the citation of each part.</summary>
    private readonly record struct FactParts(string KindLabel, string Title, IReadOnlyList<KeyValuePair<string, string>> Details, IReadOnlyList<(string Heading, int CitationId)> Claims);
}
