namespace DefenceTies.Model;

/// <summary>
/// A nation or body owning a company, joint venture or state-owned enterprise, with its share when
/// the source states one (a FollowTheMoney Ownership: owner, asset, percentage, start date): "the
/// joint venture, in which Norvale Dynamics holds 50.5 per cent". Keyed by the owned body and its
/// owner: another source's different share or start date is a competing claim on the same ownership.
/// The shares of one owned body stated by one source never add up to more than 100 %
/// (<see cref="CheckTotal"/>).
/// </summary>
public class Ownership : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected Ownership()
    {
    }

    /// <summary>Creates an ownership.</summary>
    /// <param name="owned">The owned body: a <see cref="OrganisationKind.Company"/>, <see cref="OrganisationKind.JointVenture"/> or <see cref="OrganisationKind.StateOwnedEnterprise"/>.</param>
    /// <param name="ownerNation">The owner when it is a nation (a state holding); otherwise <see langword="null"/>.</param>
    /// <param name="ownerOrganisation">The owner when it is a body (a parent company); otherwise <see langword="null"/>. Exactly one owner is given.</param>
    /// <param name="share">The share the source states; <see langword="null"/> when it names the owner without one.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="startedOn">Since when, at the precision stated; <see langword="null"/> when not stated.</param>
    /// <exception cref="DomainRuleException">A value breaks one of the rules above.</exception>
    public Ownership(Organisation owned, Nation? ownerNation, Organisation? ownerOrganisation, Share? share, Citation citation, PartialDate? startedOn = null)
        : base(citation, nameof(Ownership))
    {
        ArgumentNullException.ThrowIfNull(owned);
        if (!OwnedKinds.Contains(owned.Kind))
        {
            throw new DomainRuleException(nameof(Ownership), nameof(Owned), owned.DisplayName, $"only a body of kind {string.Join(", ", OwnedKinds)} is owned; this one is a {owned.Kind}.");
        }

        if ((ownerNation is null) == (ownerOrganisation is null))
        {
            throw new DomainRuleException(nameof(Ownership), nameof(OwnerNation), null, "an owner is a nation or a body; expected exactly one of them.");
        }

        if (ReferenceEquals(ownerOrganisation, owned))
        {
            throw new DomainRuleException(nameof(Ownership), nameof(OwnerOrganisation), owned.DisplayName, "a body does not own itself.");
        }

        Owned = owned;
        OwnerNation = ownerNation;
        OwnerOrganisation = ownerOrganisation;
        Share = share;
        StartedOn = Guard.OptionalDate(startedOn, nameof(Ownership), nameof(StartedOn));
    }

    /// <summary>The kinds of body that are owned: the rule the constructor, the database's CHECK and the pack format share.</summary>
    public static IReadOnlyList<OrganisationKind> OwnedKinds { get; } = [OrganisationKind.Company, OrganisationKind.JointVenture, OrganisationKind.StateOwnedEnterprise];

    /// <summary>The key of <see cref="Owned"/>.</summary>
    public int OwnedId { get; private set; }

    /// <summary>The owned body (the asset).</summary>
    public Organisation Owned { get; private set; } = null!;

    /// <summary>The key of <see cref="OwnerNation"/>.</summary>
    public int? OwnerNationId { get; private set; }

    /// <summary>The owner, when it is a nation; otherwise <see langword="null"/> and <see cref="OwnerOrganisation"/> is set.</summary>
    public Nation? OwnerNation { get; private set; }

    /// <summary>The key of <see cref="OwnerOrganisation"/>.</summary>
    public int? OwnerOrganisationId { get; private set; }

    /// <summary>The owner, when it is a body; otherwise <see langword="null"/> and <see cref="OwnerNation"/> is set.</summary>
    public Organisation? OwnerOrganisation { get; private set; }

    /// <summary>The share as stated, exactly (stored as basis points); <see langword="null"/> when the source names the owner without a share.</summary>
    public Share? Share { get; private set; }

    /// <summary>Since when the owner holds it, at the precision stated; <see langword="null"/> when not stated.</summary>
    public PartialDate? StartedOn { get; private set; }

    /// <summary>
    /// The rule on the shares one source states for one owned body: together they are at most 100 %.
    /// The fact-pack import applies it per document; <c>StoredDataCheck</c> over stored rows.
    /// </summary>
    /// <param name="owned">The owned body, for the message.</param>
    /// <param name="shares">The shares one source states for it.</param>
    /// <exception cref="DomainRuleException">They add up to more than 100 %.</exception>
    public static void CheckTotal(Organisation owned, IEnumerable<Share> shares)
    {
        ArgumentNullException.ThrowIfNull(owned);
        ArgumentNullException.ThrowIfNull(shares);
        var total = shares.Sum(s => s.BasisPoints);
        if (total > Model.Share.WholeBasisPoints)
        {
            throw new DomainRuleException(nameof(Ownership), nameof(Share), Model.Share.FromBasisPoints(Math.Min(total, Model.Share.WholeBasisPoints)),
                $"the shares one source states for '{owned.DisplayName}' add up to {total / 100m}%, more than 100%; expected at most 100%.");
        }
    }
}
