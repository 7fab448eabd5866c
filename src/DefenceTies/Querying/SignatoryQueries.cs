using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>
/// Queries over <see cref="AgreementSignatory"/>s: who signed an agreement, and the agreements a
/// body signed. Each returns an <see cref="IQueryable{T}"/> that translates to SQL and composes
/// with further LINQ.
/// </summary>
public static class SignatoryQueries
{
    /// <summary>The signatories of the agreement <paramref name="agreementId"/>, with their roles and the nations they signed for.</summary>
    /// <param name="signatories">The signatories to filter, such as <c>db.AgreementSignatories</c>.</param>
    /// <param name="agreementId">The agreement's id.</param>
    public static IQueryable<AgreementSignatory> OfAgreement(this IQueryable<AgreementSignatory> signatories, int agreementId)
    {
        ArgumentNullException.ThrowIfNull(signatories);
        return signatories.Where(s => s.AgreementId == agreementId);
    }

    /// <summary>What the body <paramref name="organisationId"/> signed (or witnessed or exchanged): one row per agreement.</summary>
    /// <param name="signatories">The signatories to filter, such as <c>db.AgreementSignatories</c>.</param>
    /// <param name="organisationId">The body's id.</param>
    public static IQueryable<AgreementSignatory> SignedBy(this IQueryable<AgreementSignatory> signatories, int organisationId)
    {
        ArgumentNullException.ThrowIfNull(signatories);
        return signatories.Where(s => s.OrganisationId == organisationId);
    }
}
