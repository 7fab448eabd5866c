using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>
/// Queries over the legal life of agreements (<see cref="AgreementEvent"/>): the steps of one
/// agreement, a nation's steps, and the agreements a nation ratified or approved. Each returns an
/// <see cref="IQueryable{T}"/> that translates to SQL and composes with further LINQ.
/// </summary>
public static class AgreementEventQueries
{
    /// <summary>The steps of the agreement <paramref name="agreementId"/>, in date order (undated first, then by kind).</summary>
    /// <param name="events">The events to filter, such as <c>db.AgreementEvents</c>.</param>
    /// <param name="agreementId">The agreement's id.</param>
    public static IQueryable<AgreementEvent> OfAgreement(this IQueryable<AgreementEvent> events, int agreementId)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.Where(e => e.AgreementId == agreementId).OrderBy(e => e.OccurredOn == null ? 0 : 1).ThenBy(e => e.OccurredOn).ThenBy(e => e.Kind);
    }

    /// <summary>The steps taken by or for a nation: those recorded for it as a party (a ratification by its parliament).</summary>
    /// <param name="events">The events to filter, such as <c>db.AgreementEvents</c>.</param>
    /// <param name="nation">An ISO 3166-1 alpha-2 code, such as <c>"ID"</c>; case-insensitive.</param>
    /// <exception cref="ArgumentException">The code is not two letters.</exception>
    public static IQueryable<AgreementEvent> ForParty(this IQueryable<AgreementEvent> events, string nation)
    {
        ArgumentNullException.ThrowIfNull(events);
        var code = NationCode.Alpha2(nation, nameof(nation));
        return events.Where(e => e.Party!.Alpha2Code == code);
    }

    /// <summary>The agreements a nation has ratified or approved (a ratification or approval recorded for it as a party).</summary>
    /// <param name="agreements">The agreements to filter, such as <c>db.Agreements</c>.</param>
    /// <param name="nation">An ISO 3166-1 alpha-2 code, such as <c>"CL"</c>; case-insensitive.</param>
    /// <exception cref="ArgumentException">The code is not two letters.</exception>
    public static IQueryable<Agreement> RatifiedBy(this IQueryable<Agreement> agreements, string nation)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        var code = NationCode.Alpha2(nation, nameof(nation));
        var events = QueryRoots.Table<AgreementEvent>(agreements) ?? agreements.SelectMany(a => a.Events);
        var ratified = events.Where(e => e.Party!.Alpha2Code == code && (e.Kind == AgreementEventKind.Ratified || e.Kind == AgreementEventKind.Approved)).Select(e => e.AgreementId);
        return agreements.Where(a => ratified.Contains(a.Id));
    }
}
