namespace DefenceTies.Model;

/// <summary>
/// An agreement an engagement dealt with without concluding it ("the two ministers reviewed
/// progress under the 2019 pact"): what the meeting did with it. An agreement concluded at the
/// engagement is <see cref="Agreement.Engagement"/> instead. Made with <see cref="Engagement.AddAgreement"/>.
/// </summary>
public class EngagementAgreement : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected EngagementAgreement()
    {
    }

    internal EngagementAgreement(Engagement engagement, Agreement agreement, AgreementHandling handling, Citation citation)
        : base(citation, nameof(EngagementAgreement))
    {
        Engagement = engagement;
        Agreement = agreement;
        Handling = Guard.Defined(handling, nameof(EngagementAgreement), nameof(Handling));
    }

    /// <summary>The key of <see cref="Engagement"/>.</summary>
    public int EngagementId { get; private set; }

    /// <summary>The engagement.</summary>
    public Engagement Engagement { get; private set; } = null!;

    /// <summary>The key of <see cref="Agreement"/>.</summary>
    public int AgreementId { get; private set; }

    /// <summary>The agreement it dealt with.</summary>
    public Agreement Agreement { get; private set; } = null!;

    /// <summary>What the engagement did with the agreement.</summary>
    public AgreementHandling Handling { get; private set; }
}
