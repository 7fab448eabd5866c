namespace DefenceTies.Model;

/// <summary>A nation that is party to an agreement.</summary>
public class AgreementParty : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected AgreementParty()
    {
    }

    internal AgreementParty(Agreement agreement, Nation nation, Citation citation)
        : base(citation, nameof(AgreementParty))
    {
        Agreement = agreement;
        Nation = nation;
    }

    /// <summary>The key of <see cref="Agreement"/>.</summary>
    public int AgreementId { get; private set; }

    /// <summary>The agreement.</summary>
    public Agreement Agreement { get; private set; } = null!;

    /// <summary>The key of <see cref="Nation"/>.</summary>
    public int NationId { get; private set; }

    /// <summary>The party.</summary>
    public Nation Nation { get; private set; } = null!;

    /// <summary>The error for a nation named twice as a party to one agreement.</summary>
    /// <param name="nation">The nation, as the caller knows it (its code, or its id on the bulk path).</param>
    internal static DomainRuleException NationTwice(object? nation) =>
        new(nameof(AgreementParty), nameof(Nation), nation, "the parties to an agreement are distinct nations.");
}
