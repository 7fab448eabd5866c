using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>
/// Queries over <see cref="OrganisationMembership"/>s: the members of a body on a date, and the
/// bodies a nation or a company belongs to. Each returns an <see cref="IQueryable{T}"/> that
/// translates to SQL and composes with further LINQ.
/// </summary>
public static class MembershipQueries
{
    /// <summary>The memberships (and roles) in the body named <paramref name="name"/>, as stored (ordinal comparison).</summary>
    /// <param name="memberships">The memberships to filter, such as <c>db.OrganisationMemberships</c>.</param>
    /// <param name="name">The body's name, such as <c>"ASEAN"</c>.</param>
    public static IQueryable<OrganisationMembership> InBody(this IQueryable<OrganisationMembership> memberships, string name)
    {
        ArgumentNullException.ThrowIfNull(memberships);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return memberships.Where(m => m.Organisation.Name == name);
    }

    /// <summary>The memberships (and roles) of a nation: the bodies it belongs to or holds a role in.</summary>
    /// <param name="memberships">The memberships to filter, such as <c>db.OrganisationMemberships</c>.</param>
    /// <param name="nation">An ISO 3166-1 alpha-2 code, such as <c>"TH"</c>; case-insensitive.</param>
    /// <exception cref="ArgumentException">The code is not two letters.</exception>
    public static IQueryable<OrganisationMembership> OfNation(this IQueryable<OrganisationMembership> memberships, string nation)
    {
        ArgumentNullException.ThrowIfNull(memberships);
        var code = NationCode.Alpha2(nation, nameof(nation));
        return memberships.Where(m => m.MemberNation!.Alpha2Code == code);
    }

    /// <summary>The memberships (and roles) of a body, such as a company in an industry association.</summary>
    /// <param name="memberships">The memberships to filter, such as <c>db.OrganisationMemberships</c>.</param>
    /// <param name="organisationId">The member body's id.</param>
    public static IQueryable<OrganisationMembership> OfOrganisation(this IQueryable<OrganisationMembership> memberships, int organisationId)
    {
        ArgumentNullException.ThrowIfNull(memberships);
        return memberships.Where(m => m.MemberOrganisationId == organisationId);
    }

    /// <summary>
    /// The memberships whose term covers <paramref name="day"/>, as far as the sources say.
    /// </summary>
    /// <remarks>
    /// A membership covers a day when it has started — its <see cref="OrganisationMembership.StartedOn"/>
    /// is not stated, or is on or before the day, a partial date counting from its first day ("2021"
    /// from 1 January 2021) — and has not ended: its <see cref="OrganisationMembership.EndedOn"/> is
    /// not stated, or the day is on or before its last day (a term "for the cycle 2021–2024" ends on
    /// 31 December 2024, so the chair of 2024 is still the chair that December). An unstated start
    /// or end is open: a source that says "a member" without a date is taken at its word. Both
    /// comparisons run on the stored ISO text in SQL.
    /// </remarks>
    /// <param name="memberships">The memberships to filter, such as <c>db.OrganisationMemberships</c>.</param>
    /// <param name="day">The day.</param>
    public static IQueryable<OrganisationMembership> On(this IQueryable<OrganisationMembership> memberships, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(memberships);
        PartialDate? on = PartialDate.FromDate(day);
        PartialDate? year = PartialDate.FromYear(day.Year);
        PartialDate? month = PartialDate.FromYearMonth(day.Year, day.Month);

        // An end of "2024" or "2024-06" takes in every day of that year or month: it covers the day
        // when it is the day's own year or month, or later.
        return memberships.Where(m => (m.StartedOn == null || m.StartedOn <= on)
            && (m.EndedOn == null || m.EndedOn >= on || m.EndedOn == year || m.EndedOn == month));
    }
}
