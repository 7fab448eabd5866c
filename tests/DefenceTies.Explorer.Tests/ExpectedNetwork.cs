using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Explorer.Tests;

/// <summary>
/// The network's node count worked out from the database directly, not through the explorer: every
/// body, every person with a post or a place in a delegation, and every nation some tie names.
/// </summary>
public static class ExpectedNetwork
{
    public static async Task<int> NodeCountAsync(SeededDatabase database)
    {
        await using var db = database.CreateContext();
        var nations = new HashSet<int>();
        nations.UnionWith(await db.AgreementParties.Select(p => p.NationId).ToListAsync());
        nations.UnionWith(await db.Delegations.Select(d => d.NationId).ToListAsync());
        nations.UnionWith(await db.ExerciseParticipants.Select(p => p.NationId).ToListAsync());
        nations.UnionWith(await db.WorkingGroupMembers.Select(m => m.NationId).ToListAsync());
        nations.UnionWith(await db.Organisations.Where(o => o.NationId != null).Select(o => o.NationId!.Value).ToListAsync());
        nations.UnionWith(await db.Organisations.Where(o => o.HostNationId != null).Select(o => o.HostNationId!.Value).ToListAsync());
        nations.UnionWith(await db.PostHoldings.Where(h => h.Post.OrganisationId == null).Select(h => h.Post.NationId!.Value).ToListAsync());
        var people = await db.People.CountAsync(p => db.PostHoldings.Any(h => h.PersonId == p.Id) || db.DelegationMembers.Any(m => m.PersonId == p.Id));
        return nations.Count + await db.Organisations.CountAsync() + people;
    }
}
