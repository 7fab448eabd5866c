namespace DefenceTies.Model;

/// <summary>A nation, and the service it fielded, taking part in a military exercise.</summary>
public class ExerciseParticipant : CitedEntity
{
    private readonly List<ForceContribution> _contributions = [];

    /// <summary>For EF Core.</summary>
    protected ExerciseParticipant()
    {
    }

    internal ExerciseParticipant(MilitaryExercise exercise, Nation nation, Organisation? service, Citation citation, ParticipationRole role)
        : base(citation, nameof(ExerciseParticipant))
    {
        Role = ParticipationRoles.Check(role, ParticipationRoles.OfExerciseParticipants, nameof(ExerciseParticipant));
        Exercise = exercise;
        Nation = nation;
        Service = service;
    }

    /// <summary>The key of <see cref="Exercise"/>.</summary>
    public int ExerciseId { get; private set; }

    /// <summary>The exercise.</summary>
    public MilitaryExercise Exercise { get; private set; } = null!;

    /// <summary>The key of <see cref="Nation"/>.</summary>
    public int NationId { get; private set; }

    /// <summary>The participating nation.</summary>
    public Nation Nation { get; private set; } = null!;

    /// <summary>The key of <see cref="Service"/>.</summary>
    public int? ServiceOrganisationId { get; private set; }

    /// <summary>The armed service that took part, when the source names it.</summary>
    public Organisation? Service { get; private set; }

    /// <summary>The nation's role: Participant (the default), Host, Observer, FirstTimeParticipant or Contributor.</summary>
    public ParticipationRole Role { get; private set; }

    /// <summary>What it contributes (ships, aircraft, people), each as stated and cited.</summary>
    public IReadOnlyCollection<ForceContribution> Contributions => _contributions.AsReadOnly();

    /// <summary>Adds a contribution of this participant, as the source counts it.</summary>
    /// <exception cref="DomainRuleException">The quantity is below 1, the unit is blank, or the same kind and unit is already listed.</exception>
    public ForceContribution AddContribution(ContributionKind kind, int? quantity, string unit, Citation citation)
    {
        if (_contributions.Any(c => c.Kind == kind && string.Equals(c.Unit, unit, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException(nameof(ForceContribution), nameof(ForceContribution.Unit), unit, $"this participant's {kind} contribution of '{unit}' is already listed.");
        }

        var contribution = new ForceContribution(this, kind, quantity, unit, citation);
        _contributions.Add(contribution);
        return contribution;
    }

    /// <summary>The error for a nation listed twice in one exercise.</summary>
    /// <param name="nation">The nation, as the caller knows it (its code, or its id on the bulk path).</param>
    internal static DomainRuleException NationTwice(object? nation) =>
        new(nameof(ExerciseParticipant), nameof(Nation), nation, "a nation is listed once per exercise.");

    /// <summary>The error for a service of another nation than the participating one.</summary>
    /// <param name="service">The service, as the caller knows it (its name, or its id on the bulk path).</param>
    /// <param name="nation">The participating nation, as the caller knows it.</param>
    internal static DomainRuleException ServiceOfAnotherNation(object? service, object? nation) =>
        new(nameof(ExerciseParticipant), nameof(Service), service, $"the service must belong to the participating nation ({nation}).");
}
