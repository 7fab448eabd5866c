namespace DefenceTies.Model;

/// <summary>A nation named as a partner in another nation's policy ("a valued partner in India's Act East policy").</summary>
public class PolicyPartner : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected PolicyPartner()
    {
    }

    /// <summary>Records a nation as partner in a policy of another nation.</summary>
    /// <exception cref="DomainRuleException">The partner owns the policy.</exception>
    public PolicyPartner(Policy policy, Nation partner, Citation citation)
        : base(citation, nameof(PolicyPartner))
    {
        Policy = Guard.NotNull(policy, nameof(PolicyPartner), nameof(Policy));
        Partner = Guard.NotNull(partner, nameof(PolicyPartner), nameof(Partner));
        if (ReferenceEquals(policy.Nation, partner))
        {
            throw new DomainRuleException(nameof(PolicyPartner), nameof(Partner), partner.Alpha2Code, "a nation is not a partner in its own policy.");
        }
    }

    /// <summary>The key of <see cref="Policy"/>.</summary>
    public int PolicyId { get; private set; }

    /// <summary>The policy.</summary>
    public Policy Policy { get; private set; } = null!;

    /// <summary>The key of <see cref="Partner"/>.</summary>
    public int PartnerNationId { get; private set; }

    /// <summary>The partner nation.</summary>
    public Nation Partner { get; private set; } = null!;
}
