using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>Queries over <see cref="Engagement"/>s.</summary>
public static class EngagementQueries
{
    /// <summary>Engagements at which both nations had a delegation.</summary>
    /// <param name="engagements">The engagements, such as <c>db.Engagements</c>.</param>
    /// <param name="nation">An ISO 3166-1 alpha-2 code, such as <c>"IN"</c>; case-insensitive (upper-cased before matching).</param>
    /// <param name="otherNation">Another nation's alpha-2 code, such as <c>"TH"</c>.</param>
    /// <exception cref="ArgumentException">A code is not two letters, or both codes name the same nation.</exception>
    public static IQueryable<Engagement> Between(this IQueryable<Engagement> engagements, string nation, string otherNation)
    {
        ArgumentNullException.ThrowIfNull(engagements);
        var (a, b) = NationCode.Pair(nation, otherNation, nameof(nation), nameof(otherNation));
        // Uncorrelated IN lists rather than EXISTS, for SQLite's planner (see AgreementQueries.Between).
        var delegations = QueryRoots.Table<Delegation>(engagements) ?? engagements.SelectMany(e => e.Delegations);
        return engagements.Where(e =>
            delegations.Where(d => d.Nation.Alpha2Code == a).Select(d => d.EngagementId).Contains(e.Id)
            && delegations.Where(d => d.Nation.Alpha2Code == b).Select(d => d.EngagementId).Contains(e.Id));
    }
}
