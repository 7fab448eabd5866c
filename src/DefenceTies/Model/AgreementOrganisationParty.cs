namespace DefenceTies.Model;

/// <summary>
/// A body without a nation (an international organisation, a forum) that is party to an agreement,
/// beside the nations in <see cref="Agreement.Parties"/>.
/// </summary>
public class AgreementOrganisationParty : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected AgreementOrganisationParty()
    {
    }

    internal AgreementOrganisationParty(Agreement agreement, Organisation organisation, Citation citation)
        : base(citation, nameof(AgreementOrganisationParty))
    {
        Agreement = agreement;
        Organisation = organisation;
    }

    /// <summary>The key of <see cref="Agreement"/>.</summary>
    public int AgreementId { get; private set; }

    /// <summary>The agreement.</summary>
    public Agreement Agreement { get; private set; } = null!;

    /// <summary>The key of <see cref="Organisation"/>.</summary>
    public int OrganisationId { get; private set; }

    /// <summary>The party: a body without a nation.</summary>
    public Organisation Organisation { get; private set; } = null!;
}
