using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>
/// Queries over <see cref="Initiative"/>s: those a nation takes part in, those two nations pursue
/// together, and those a working group steers. Each returns an <see cref="IQueryable{T}"/> that
/// translates to SQL and composes with further LINQ.
/// </summary>
public static class InitiativeQueries
{
    /// <summary>The initiatives a nation takes part in.</summary>
    /// <param name="initiatives">The initiatives to filter, such as <c>db.Initiatives</c>.</param>
    /// <param name="nation">An ISO 3166-1 alpha-2 code, such as <c>"IN"</c>; case-insensitive.</param>
    /// <exception cref="ArgumentException">The code is not two letters.</exception>
    public static IQueryable<Initiative> Involving(this IQueryable<Initiative> initiatives, string nation)
    {
        ArgumentNullException.ThrowIfNull(initiatives);
        var code = NationCode.Alpha2(nation, nameof(nation));
        return initiatives.Where(i => i.Participants.Any(p => p.Nation.Alpha2Code == code));
    }

    /// <summary>The initiatives two nations both take part in.</summary>
    /// <param name="initiatives">The initiatives to filter, such as <c>db.Initiatives</c>.</param>
    /// <param name="nation">One nation's alpha-2 code; case-insensitive.</param>
    /// <param name="otherNation">The other nation's alpha-2 code; case-insensitive.</param>
    /// <exception cref="ArgumentException">A code is not two letters, or both name the same nation.</exception>
    public static IQueryable<Initiative> Between(this IQueryable<Initiative> initiatives, string nation, string otherNation)
    {
        ArgumentNullException.ThrowIfNull(initiatives);
        var (a, b) = NationCode.Pair(nation, otherNation, nameof(nation), nameof(otherNation));
        return initiatives.Where(i => i.Participants.Any(p => p.Nation.Alpha2Code == a) && i.Participants.Any(p => p.Nation.Alpha2Code == b));
    }

    /// <summary>The initiatives a working group steers.</summary>
    /// <param name="initiatives">The initiatives to filter, such as <c>db.Initiatives</c>.</param>
    /// <param name="workingGroupId">The working group's id.</param>
    public static IQueryable<Initiative> SteeredBy(this IQueryable<Initiative> initiatives, int workingGroupId)
    {
        ArgumentNullException.ThrowIfNull(initiatives);
        return initiatives.Where(i => i.SteeringGroupId == workingGroupId);
    }
}
