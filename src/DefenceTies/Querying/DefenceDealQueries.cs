using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>
/// Queries over <see cref="DefenceDeal"/>s: what a nation supplies or receives, the deals between two
/// nations, and deals by value. A side that is a body (a company, a service) counts for the nation
/// its own fact states, and for no nation when it states none. Each returns an
/// <see cref="IQueryable{T}"/> that translates to SQL and composes with further LINQ; amounts are
/// whole hundredths in SQL, so comparing and ordering by <see cref="DefenceDeal.Value"/> are exact.
/// </summary>
public static class DefenceDealQueries
{
    /// <summary>The deals a nation supplies: itself, or through a body of that nation.</summary>
    /// <param name="deals">The deals to filter, such as <c>db.DefenceDeals</c>.</param>
    /// <param name="nation">An ISO 3166-1 alpha-2 code, such as <c>"NO"</c>; case-insensitive.</param>
    /// <exception cref="ArgumentException">The code is not two letters.</exception>
    public static IQueryable<DefenceDeal> SuppliedBy(this IQueryable<DefenceDeal> deals, string nation)
    {
        ArgumentNullException.ThrowIfNull(deals);
        var code = NationCode.Alpha2(nation, nameof(nation));
        var supplied = Supplied(deals, code);
        return deals.Where(d => supplied.Contains(d.Id));
    }

    /// <summary>The deals a nation receives: itself, or through a body of that nation (a service, an agency).</summary>
    /// <param name="deals">The deals to filter, such as <c>db.DefenceDeals</c>.</param>
    /// <param name="nation">An ISO 3166-1 alpha-2 code, such as <c>"PH"</c>; case-insensitive.</param>
    /// <exception cref="ArgumentException">The code is not two letters.</exception>
    public static IQueryable<DefenceDeal> ReceivedBy(this IQueryable<DefenceDeal> deals, string nation)
    {
        ArgumentNullException.ThrowIfNull(deals);
        var code = NationCode.Alpha2(nation, nameof(nation));
        var received = Received(deals, code);
        return deals.Where(d => received.Contains(d.Id));
    }

    /// <summary>The deals between two nations, in either direction, each side counted as <see cref="SuppliedBy"/> and <see cref="ReceivedBy"/> count it.</summary>
    /// <param name="deals">The deals to filter, such as <c>db.DefenceDeals</c>.</param>
    /// <param name="nation">One nation's alpha-2 code; case-insensitive.</param>
    /// <param name="otherNation">The other nation's alpha-2 code; case-insensitive.</param>
    /// <exception cref="ArgumentException">A code is not two letters, or both name the same nation.</exception>
    public static IQueryable<DefenceDeal> Between(this IQueryable<DefenceDeal> deals, string nation, string otherNation)
    {
        ArgumentNullException.ThrowIfNull(deals);
        var (a, b) = NationCode.Pair(nation, otherNation, nameof(nation), nameof(otherNation));
        var (suppliedByA, receivedByB, suppliedByB, receivedByA) = (Supplied(deals, a), Received(deals, b), Supplied(deals, b), Received(deals, a));
        return deals.Where(d => (suppliedByA.Contains(d.Id) && receivedByB.Contains(d.Id)) || (suppliedByB.Contains(d.Id) && receivedByA.Contains(d.Id)));
    }

    // "id IN (the deals of a side)" lists rather than joins through the optional sides: each list
    // is a UNION ALL of the side's nation (its index on the nation column) and of the bodies of that
    // nation (its index on the body column, over the bodies by nation), read from the deals table
    // alone, so the outer query is driven by the lists (as AgreementQueries.Between is).
    private static IQueryable<int> Supplied(IQueryable<DefenceDeal> deals, string code)
    {
        var (all, bodies) = Tables(deals);
        return all.Where(d => d.SupplierNation!.Alpha2Code == code).Select(d => d.Id)
            .Concat(all.Where(d => bodies.Where(o => o.Nation!.Alpha2Code == code).Select(o => (int?)o.Id).Contains(d.SupplierOrganisationId)).Select(d => d.Id));
    }

    private static IQueryable<int> Received(IQueryable<DefenceDeal> deals, string code)
    {
        var (all, bodies) = Tables(deals);
        return all.Where(d => d.RecipientNation!.Alpha2Code == code).Select(d => d.Id)
            .Concat(all.Where(d => bodies.Where(o => o.Nation!.Alpha2Code == code).Select(o => (int?)o.Id).Contains(d.RecipientOrganisationId)).Select(d => d.Id));
    }

    // Outside EF Core (a list of deals in memory), the source and the deals' own bodies stand in for the tables.
    private static (IQueryable<DefenceDeal> Deals, IQueryable<Organisation> Bodies) Tables(IQueryable<DefenceDeal> deals) =>
        (QueryRoots.Table<DefenceDeal>(deals) ?? deals,
            QueryRoots.Table<Organisation>(deals) ?? deals.Select(d => d.SupplierOrganisation).Concat(deals.Select(d => d.RecipientOrganisation)).OfType<Organisation>());

    /// <summary>
    /// The deals with a stated value in <paramref name="currency"/> of at least <paramref name="amount"/>:
    /// the value itself, or a range's upper end. Amounts in other currencies are not converted.
    /// </summary>
    /// <param name="deals">The deals to filter, such as <c>db.DefenceDeals</c>.</param>
    /// <param name="amount">The least amount.</param>
    /// <param name="currency">An ISO 4217 code, such as <c>"EUR"</c>.</param>
    /// <exception cref="ArgumentException">The currency is not an ISO 4217 code of the library's list.</exception>
    public static IQueryable<DefenceDeal> WorthAtLeast(this IQueryable<DefenceDeal> deals, MoneyAmount amount, string currency)
    {
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(currency);
        if (!Reference.CurrencyReference.IsCode(currency))
        {
            throw new ArgumentException($"'{currency}' is not an ISO 4217 code of {Reference.CurrencyReference.IsoSource} (three capital letters, such as EUR).", nameof(currency));
        }

        MoneyAmount? least = amount;
        return deals.Where(d => d.ValueCurrency == currency && (d.Value >= least || (d.ValueUpTo != null && d.ValueUpTo >= least)));
    }
}
