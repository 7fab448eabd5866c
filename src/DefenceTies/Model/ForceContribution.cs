namespace DefenceTies.Model;

/// <summary>
/// What a participating nation contributes to an exercise edition, as stated: a number of ships,
/// aircraft, vehicles or people, in the source's words ("two frigates", "some 400 personnel"). One
/// row per participant, kind and unit; made with <see cref="ExerciseParticipant.AddContribution"/>.
/// </summary>
public class ForceContribution : CitedEntity
{
    /// <summary>Maximum length of <see cref="Unit"/>.</summary>
    public const int UnitMaxLength = 100;

    /// <summary>For EF Core.</summary>
    protected ForceContribution()
    {
    }

    internal ForceContribution(ExerciseParticipant participant, ContributionKind kind, int? quantity, string unit, Citation citation)
        : base(citation, nameof(ForceContribution))
    {
        if (quantity is <= 0)
        {
            throw new DomainRuleException(nameof(ForceContribution), nameof(Quantity), quantity, "a quantity is a whole number of at least 1; leave it out when the source gives none (\"warships\").");
        }

        Participant = participant;
        Kind = Guard.Defined(kind, nameof(ForceContribution), nameof(Kind));
        Quantity = quantity;
        Unit = Guard.Text(unit, nameof(ForceContribution), nameof(Unit), UnitMaxLength);
    }

    /// <summary>The key of <see cref="Participant"/>.</summary>
    public int ParticipantId { get; private set; }

    /// <summary>The participating nation (and service) that contributes.</summary>
    public ExerciseParticipant Participant { get; private set; } = null!;

    /// <summary>What is counted.</summary>
    public ContributionKind Kind { get; private set; }

    /// <summary>How many, as stated; <see langword="null"/> when the source names the contribution without a number.</summary>
    public int? Quantity { get; private set; }

    /// <summary>What the number counts, in the source's words ("frigates", "personnel", "F-16 fighters").</summary>
    public string Unit { get; private set; } = null!;
}
