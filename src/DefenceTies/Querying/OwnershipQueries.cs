using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>
/// Queries over <see cref="Ownership"/>s: the owners of a body, and the bodies a nation or a body
/// owns, with their shares. Each returns an <see cref="IQueryable{T}"/> that translates to SQL and
/// composes with further LINQ; shares are whole basis points in SQL, so ordering by
/// <see cref="Ownership.Share"/> and comparing it with a <see cref="Share"/> are exact on every provider.
/// </summary>
public static class OwnershipQueries
{
    /// <summary>The ownerships of the body <paramref name="ownedId"/>: its owners, each with its share when stated.</summary>
    /// <param name="ownerships">The ownerships to filter, such as <c>db.Ownerships</c>.</param>
    /// <param name="ownedId">The owned body's id.</param>
    public static IQueryable<Ownership> OwnersOf(this IQueryable<Ownership> ownerships, int ownedId)
    {
        ArgumentNullException.ThrowIfNull(ownerships);
        return ownerships.Where(o => o.OwnedId == ownedId);
    }

    /// <summary>The ownerships held by a nation: the bodies it owns, with its shares.</summary>
    /// <param name="ownerships">The ownerships to filter, such as <c>db.Ownerships</c>.</param>
    /// <param name="nation">An ISO 3166-1 alpha-2 code, such as <c>"MY"</c>; case-insensitive.</param>
    /// <exception cref="ArgumentException">The code is not two letters.</exception>
    public static IQueryable<Ownership> OwnedByNation(this IQueryable<Ownership> ownerships, string nation)
    {
        ArgumentNullException.ThrowIfNull(ownerships);
        var code = NationCode.Alpha2(nation, nameof(nation));
        return ownerships.Where(o => o.OwnerNation!.Alpha2Code == code);
    }

    /// <summary>The ownerships held by the body <paramref name="ownerId"/>: the bodies it owns, with its shares.</summary>
    /// <param name="ownerships">The ownerships to filter, such as <c>db.Ownerships</c>.</param>
    /// <param name="ownerId">The owner body's id.</param>
    public static IQueryable<Ownership> OwnedByOrganisation(this IQueryable<Ownership> ownerships, int ownerId)
    {
        ArgumentNullException.ThrowIfNull(ownerships);
        return ownerships.Where(o => o.OwnerOrganisationId == ownerId);
    }

    /// <summary>The ownerships with a stated share of at least <paramref name="share"/> (a majority: more than 50).</summary>
    /// <param name="ownerships">The ownerships to filter, such as <c>db.Ownerships</c>.</param>
    /// <param name="share">The least share.</param>
    public static IQueryable<Ownership> WithShareAtLeast(this IQueryable<Ownership> ownerships, Share share)
    {
        ArgumentNullException.ThrowIfNull(ownerships);
        Share? least = share;
        return ownerships.Where(o => o.Share != null && o.Share >= least);
    }
}
