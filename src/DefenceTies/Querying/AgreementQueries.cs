using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>Queries over <see cref="Agreement"/>s. Each returns an <see cref="IQueryable{T}"/> that translates to SQL and composes with further LINQ.</summary>
public static class AgreementQueries
{
    /// <summary>Agreements to which both nations are parties (other nations may be parties too).</summary>
    /// <param name="agreements">The agreements to filter, such as <c>db.Agreements</c>.</param>
    /// <param name="nation">An ISO 3166-1 alpha-2 code, such as <c>"IN"</c>; case-insensitive (upper-cased before matching).</param>
    /// <param name="otherNation">Another nation's alpha-2 code, such as <c>"TH"</c>.</param>
    /// <exception cref="ArgumentException">A code is not two letters, or both codes name the same nation.</exception>
    public static IQueryable<Agreement> Between(this IQueryable<Agreement> agreements, string nation, string otherNation)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        var (a, b) = NationCode.Pair(nation, otherNation, nameof(nation), nameof(otherNation));
        // "id IN (parties of a) AND id IN (parties of b)" rather than two correlated EXISTS: SQLite
        // runs a correlated EXISTS once per agreement (a scan of the table), but drives an
        // uncorrelated IN list from the (nation_id, agreement_id) index. See docs/performance.md.
        var parties = QueryRoots.Table<AgreementParty>(agreements) ?? agreements.SelectMany(x => x.Parties);
        return agreements.Where(x =>
            parties.Where(p => p.Nation.Alpha2Code == a).Select(p => p.AgreementId).Contains(x.Id)
            && parties.Where(p => p.Nation.Alpha2Code == b).Select(p => p.AgreementId).Contains(x.Id));
    }

    /// <summary>
    /// Agreements in force on <paramref name="day"/>, as far as the sources say.
    /// </summary>
    /// <remarks>
    /// <para>An agreement counts as in force on a day when all of these hold:</para>
    /// <list type="number">
    /// <item><description>it has started: its <see cref="Agreement.EnteredIntoForceOn"/> date, or when that is not
    /// stated its <see cref="Agreement.ConcludedOn"/> date, is on or before the day (an agreement with
    /// neither date is never counted: nothing says when it began). A memorandum or decision recorded only
    /// as signed or agreed is taken to apply from that date;</description></item>
    /// <item><description>it has not ended: <see cref="Agreement.EndedOn"/> is not stated, or is after the day
    /// (an agreement is no longer in force on the day it ends);</description></item>
    /// <item><description>its status is not <see cref="AgreementStatus.Ended"/> with no end date (ended at an
    /// unknown time). An agreement whose status is Ended but whose end date is after the day was in force then.</description></item>
    /// </list>
    /// <para>
    /// Partial dates count from their first day: a year (<c>2012</c>) stands for 1 January, a month
    /// (<c>2012-05</c>) for its first day. So an MoU signed "in 2012" is in force on 2012-01-01 and after,
    /// and one ended "in 2020" is no longer in force on 2020-01-01. This is exactly the order of the stored
    /// ISO text, which is how the comparison runs in SQL.
    /// </para>
    /// </remarks>
    /// <param name="agreements">The agreements to filter, such as <c>db.Agreements</c>.</param>
    /// <param name="day">The day asked about.</param>
    public static IQueryable<Agreement> InForceOn(this IQueryable<Agreement> agreements, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        PartialDate? on = PartialDate.FromDate(day);
        // "(entered ?? concluded) <= on", written so that both branches are ranges of the index on
        // (entered_into_force_on, concluded_on): a COALESCE in SQL hides the columns from any index.
        return agreements.Where(x =>
            (x.EnteredIntoForceOn <= on || (x.EnteredIntoForceOn == null && x.ConcludedOn <= on))
            && (x.EndedOn == null ? x.Status != AgreementStatus.Ended : x.EndedOn > on));
    }
}
