namespace DefenceTies.Model;

/// <summary>
/// A body that signed an agreement (or witnessed or exchanged it, see <see cref="Role"/>), on behalf
/// of a nation when the source says so: "signed by the two nations' defence research agencies on
/// behalf of their governments". The parties (<see cref="Agreement.Parties"/>) stay the nations; the
/// signatories say who signed. Made with <see cref="Agreement.AddSignatory"/>, which refuses a nation
/// on whose behalf a body signs that is not a party; <c>StoredDataCheck</c> applies the same rule to
/// stored rows. One row per agreement and body.
/// </summary>
public class AgreementSignatory : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected AgreementSignatory()
    {
    }

    internal AgreementSignatory(Agreement agreement, Organisation organisation, SignatoryRole role, Nation? onBehalfOf, Citation citation)
        : base(citation, nameof(AgreementSignatory))
    {
        Agreement = agreement;
        Organisation = organisation;
        Role = Guard.Defined(role, nameof(AgreementSignatory), nameof(Role));
        OnBehalfOf = onBehalfOf;
    }

    /// <summary>The key of <see cref="Agreement"/>.</summary>
    public int AgreementId { get; private set; }

    /// <summary>The agreement.</summary>
    public Agreement Agreement { get; private set; } = null!;

    /// <summary>The key of <see cref="Organisation"/>.</summary>
    public int OrganisationId { get; private set; }

    /// <summary>The signing body: any organisation (an agency, a ministry, a company).</summary>
    public Organisation Organisation { get; private set; } = null!;

    /// <summary>Its part in the signing.</summary>
    public SignatoryRole Role { get; private set; }

    /// <summary>The key of <see cref="OnBehalfOf"/>.</summary>
    public int? OnBehalfOfId { get; private set; }

    /// <summary>The nation on whose behalf it signs, when the source says; a party of the agreement.</summary>
    public Nation? OnBehalfOf { get; private set; }
}
