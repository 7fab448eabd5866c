namespace DefenceTies.Model;

/// <summary>A typed, directed link between two distinct policies: <c>From</c> <see cref="Kind"/> <c>To</c>.</summary>
public class PolicyLink : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected PolicyLink()
    {
    }

    /// <summary>Links two distinct policies.</summary>
    /// <exception cref="DomainRuleException">Both ends are the same policy.</exception>
    public PolicyLink(Policy from, PolicyLinkKind kind, Policy to, Citation citation)
        : base(citation, nameof(PolicyLink))
    {
        From = Guard.NotNull(from, nameof(PolicyLink), nameof(From));
        To = Guard.NotNull(to, nameof(PolicyLink), nameof(To));
        Kind = Guard.Defined(kind, nameof(PolicyLink), nameof(Kind));
        if (ReferenceEquals(from, to))
        {
            throw new DomainRuleException(nameof(PolicyLink), nameof(To), to.Name, "a policy cannot be linked to itself.");
        }
    }

    /// <summary>The key of <see cref="From"/>.</summary>
    public int FromPolicyId { get; private set; }

    /// <summary>The policy the link starts from.</summary>
    public Policy From { get; private set; } = null!;

    /// <summary>How <see cref="From"/> relates to <see cref="To"/>.</summary>
    public PolicyLinkKind Kind { get; private set; }

    /// <summary>The key of <see cref="To"/>.</summary>
    public int ToPolicyId { get; private set; }

    /// <summary>The policy the link points to.</summary>
    public Policy To { get; private set; } = null!;
}
