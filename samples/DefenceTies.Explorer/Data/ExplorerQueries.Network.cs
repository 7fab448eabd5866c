using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Explorer.Data;

public sealed partial class ExplorerQueries
{
    /// <summary>
    /// The network of ties: nations, bodies and people that some tie of the chosen kinds and dates
    /// connects. Each kind is one SQL query, run only when the kind is chosen; the date range is
    /// applied to the rows read, because a partial date overlaps a range by its first and last day.
    /// </summary>
    public async Task<NetworkGraph> NetworkAsync(NetworkFilter filter, CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<string, NetworkNode>(StringComparer.Ordinal);
        var edges = new List<NetworkEdge>();

        void Add(NetworkNode from, NetworkNode to, string kind, string label, PartialDate? date, string factUrl, string edgeKey)
        {
            if (!filter.Includes(date))
            {
                return;
            }

            nodes.TryAdd(from.Id, from);
            nodes.TryAdd(to.Id, to);
            edges.Add(new NetworkEdge($"{kind}:{edgeKey}", from.Id, to.Id, kind, label, date?.ToString(), factUrl));
        }

        // Ties between nations: every pair of parties, delegations, participants or members of one fact.
        void Pairs<TRow>(IEnumerable<TRow> rows, Func<TRow, int> fact, Func<TRow, NationName> nation, Func<TRow, string> label, Func<TRow, PartialDate?> date, string kind)
        {
            foreach (var group in rows.GroupBy(fact))
            {
                var first = group.First();
                var nations = group.Select(nation).DistinctBy(n => n.Code).OrderBy(n => n.Code, StringComparer.Ordinal).ToList();
                for (var i = 0; i < nations.Count; i++)
                {
                    for (var j = i + 1; j < nations.Count; j++)
                    {
                        Add(NationNode(nations[i]), NationNode(nations[j]), kind, label(first), date(first), FactKind.Url(kind, group.Key), $"{group.Key}:{nations[i].Code}-{nations[j].Code}");
                    }
                }
            }
        }

        if (filter.Kinds.Contains(FactKind.Agreement))
        {
            var rows = await db.AgreementParties.AsNoTracking()
                .Select(p => new { p.AgreementId, p.Nation.Alpha2Code, p.Nation.Name, Title = p.Agreement.Title ?? p.Agreement.Subject, Date = p.Agreement.ConcludedOn ?? p.Agreement.EnteredIntoForceOn })
                .ToListAsync(cancellationToken);
            Pairs(rows, r => r.AgreementId, r => new NationName(r.Alpha2Code, r.Name), r => r.Title, r => r.Date, FactKind.Agreement);
        }

        if (filter.Kinds.Contains(FactKind.Engagement))
        {
            var rows = await db.Delegations.AsNoTracking()
                .Select(d => new { d.EngagementId, d.Nation.Alpha2Code, d.Nation.Name, d.Engagement.Subject, d.Engagement.HeldOn })
                .ToListAsync(cancellationToken);
            Pairs(rows, r => r.EngagementId, r => new NationName(r.Alpha2Code, r.Name), r => r.Subject, r => r.HeldOn, FactKind.Engagement);
        }

        if (filter.Kinds.Contains(FactKind.Exercise))
        {
            var rows = await db.ExerciseParticipants.AsNoTracking()
                .Select(p => new { p.ExerciseId, p.Nation.Alpha2Code, p.Nation.Name, Title = p.Exercise.Name ?? p.Exercise.Series.Name, p.Exercise.StartedOn })
                .ToListAsync(cancellationToken);
            Pairs(rows, r => r.ExerciseId, r => new NationName(r.Alpha2Code, r.Name), r => r.Title, r => r.StartedOn, FactKind.Exercise);
        }

        if (filter.Kinds.Contains(FactKind.WorkingGroup))
        {
            var rows = await db.WorkingGroupMembers.AsNoTracking()
                .Select(m => new
                {
                    m.WorkingGroupId,
                    m.Nation.Alpha2Code,
                    m.Nation.Name,
                    Title = m.WorkingGroup.Name ?? m.WorkingGroup.Mandate,
                    Date = m.WorkingGroup.EstablishedBy == null ? null : m.WorkingGroup.EstablishedBy.ConcludedOn ?? m.WorkingGroup.EstablishedBy.EnteredIntoForceOn,
                })
                .ToListAsync(cancellationToken);
            Pairs(rows, r => r.WorkingGroupId, r => new NationName(r.Alpha2Code, r.Name), r => r.Title, r => r.Date, FactKind.WorkingGroup);
        }

        if (filter.Kinds.Contains(FactKind.Delegation))
        {
            var rows = await db.DelegationMembers.AsNoTracking()
                .Select(m => new { m.Id, m.DelegationId, m.PersonId, Person = m.Person.Name, m.Role, m.Delegation.Nation.Alpha2Code, Nation = m.Delegation.Nation.Name, m.Delegation.Engagement.Subject, m.Delegation.Engagement.HeldOn })
                .ToListAsync(cancellationToken);
            foreach (var r in rows)
            {
                var role = r.Role == DelegationRole.Leader ? "led" : "was in";
                Add(PersonNode(r.PersonId, r.Person), NationNode(new NationName(r.Alpha2Code, r.Nation)), FactKind.Delegation,
                    $"{role} {r.Nation}'s delegation: {r.Subject}", r.HeldOn, FactKind.Url(FactKind.Delegation, r.DelegationId), r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        if (filter.Kinds.Contains(FactKind.PostHolding))
        {
            var rows = await db.PostHoldings.AsNoTracking()
                .Select(h => new
                {
                    h.Id,
                    h.PersonId,
                    Person = h.Person.Name,
                    h.Post.Title,
                    h.Post.OrganisationId,
                    OrganisationName = h.Post.Organisation == null ? null : h.Post.Organisation.Name,
                    OrganisationKind = h.Post.Organisation == null ? (OrganisationKind?)null : h.Post.Organisation.Kind,
                    OrganisationNation = h.Post.Organisation == null || h.Post.Organisation.Nation == null ? null : h.Post.Organisation.Nation.Name,
                    Alpha2Code = h.Post.Nation == null ? null : h.Post.Nation.Alpha2Code,
                    Nation = h.Post.Nation == null ? null : h.Post.Nation.Name,
                    h.StartedOn,
                })
                .ToListAsync(cancellationToken);
            foreach (var r in rows)
            {
                // A post belongs to its body when the source names one, else to its nation.
                var holder = r.OrganisationId is { } organisation
                    ? OrganisationNode(organisation, r.OrganisationName, r.OrganisationKind!.Value, r.OrganisationNation)
                    : NationNode(new NationName(r.Alpha2Code!, r.Nation!));
                Add(PersonNode(r.PersonId, r.Person), holder, FactKind.PostHolding, r.Title, r.StartedOn, FactKind.Url(FactKind.PostHolding, r.Id), r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        if (filter.Kinds.Contains(FactKind.Organisation))
        {
            var rows = await db.Organisations.AsNoTracking()
                .Select(o => new
                {
                    o.Id,
                    o.Name,
                    o.Kind,
                    Alpha2Code = o.Nation == null ? null : o.Nation.Alpha2Code,
                    Nation = o.Nation == null ? null : o.Nation.Name,
                    HostCode = o.HostNation == null ? null : o.HostNation.Alpha2Code,
                    HostName = o.HostNation == null ? null : o.HostNation.Name,
                })
                .ToListAsync(cancellationToken);
            foreach (var r in rows)
            {
                var body = OrganisationNode(r.Id, r.Name, r.Kind, r.Nation);
                var url = FactKind.Url(FactKind.Organisation, r.Id);
                // A body has no date of its own: these ties show only when no date range is set. A
                // body without a nation (a forum) has no such tie.
                if (r.Alpha2Code is not null)
                {
                    Add(body, NationNode(new NationName(r.Alpha2Code, r.Nation!)), FactKind.Organisation, $"a body of {r.Nation}", null, url, $"{r.Id}:of");
                }

                if (r.HostCode is not null)
                {
                    Add(body, NationNode(new NationName(r.HostCode, r.HostName!)), FactKind.Organisation, $"hosted by {r.HostName}", null, url, $"{r.Id}:host");
                }
            }
        }

        return new NetworkGraph(
            [.. nodes.Values.OrderBy(n => n.Kind, StringComparer.Ordinal).ThenBy(n => n.Label, StringComparer.Ordinal)],
            [.. edges.OrderBy(e => e.Date is null ? 1 : 0).ThenBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)]);
    }

    private static NetworkNode NationNode(NationName nation) => new($"n:{nation.Code}", nation.Name, "nation");

    private static NetworkNode PersonNode(int id, string name) => new($"p:{id}", name, "person");

    private static NetworkNode OrganisationNode(int id, string? name, OrganisationKind kind, string? nation) =>
        new($"o:{id}", name ?? $"{nation}'s {Words(kind.ToString())}", "body");
}
