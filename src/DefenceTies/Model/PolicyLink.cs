namespace DefenceTies.Model;

/// <summary>A typed, directed link between two distinct policies: <c>From</c> <see cref="Kind"/> <c>To</c>.</summary>
public class PolicyLink : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected PolicyLink()
    {
    }

    /// <summary>Maximum length of <see cref="Significance"/>.</summary>
    public const int SignificanceMaxLength = 500;

    /// <summary>Links two distinct policies.</summary>
    /// <param name="from">The policy the link starts from.</param>
    /// <param name="kind">How it relates to the other.</param>
    /// <param name="to">The policy the link points to.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="significance">What the source says the link means, in its words ("providing a basis for substantive elevation of bilateral relations"), if it says.</param>
    /// <exception cref="DomainRuleException">Both ends are the same policy.</exception>
    public PolicyLink(Policy from, PolicyLinkKind kind, Policy to, Citation citation, string? significance = null)
        : base(citation, nameof(PolicyLink))
    {
        Significance = Guard.OptionalText(significance, nameof(PolicyLink), nameof(Significance), SignificanceMaxLength);
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

    /// <summary>What the source says the link means, in its words; <see langword="null"/> when it says nothing of it.</summary>
    public string? Significance { get; private set; }
}
