namespace DefenceTies.Model;

/// <summary>A military exercise (or exercise series) such as MAITREE, with the nations and services taking part.</summary>
public class MilitaryExercise : CitedEntity
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 200;

    private readonly List<ExerciseParticipant> _participants = [];

    /// <summary>For EF Core.</summary>
    protected MilitaryExercise()
    {
    }

    /// <summary>Creates an exercise.</summary>
    /// <param name="name">The exercise name (unique).</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="startedOn">When it began, if stated.</param>
    /// <param name="endedOn">When it ended, if stated.</param>
    public MilitaryExercise(string name, Citation citation, PartialDate? startedOn = null, PartialDate? endedOn = null)
        : base(citation, nameof(MilitaryExercise))
    {
        Validate(name, startedOn, endedOn);
        Name = name;
        StartedOn = startedOn;
        EndedOn = endedOn;
    }

    /// <summary>The exercise name, unique.</summary>
    public string Name { get; private set; } = null!;

    /// <summary>When it began, if stated.</summary>
    public PartialDate? StartedOn { get; private set; }

    /// <summary>When it ended, if stated.</summary>
    public PartialDate? EndedOn { get; private set; }

    /// <summary>The nations and services taking part.</summary>
    public IReadOnlyCollection<ExerciseParticipant> Participants => _participants.AsReadOnly();

    /// <summary>The rules of an exercise's fields; the constructor and the bulk path both apply them.</summary>
    /// <exception cref="DomainRuleException">A value breaks a rule.</exception>
    internal static void Validate(string? name, PartialDate? startedOn, PartialDate? endedOn)
    {
        Guard.Text(name, nameof(MilitaryExercise), nameof(Name), NameMaxLength);
        Guard.OptionalDate(startedOn, nameof(MilitaryExercise), nameof(StartedOn));
        Guard.OptionalDate(endedOn, nameof(MilitaryExercise), nameof(EndedOn));
        Guard.Ordered(startedOn, endedOn, nameof(MilitaryExercise), nameof(EndedOn));
    }

    /// <summary>Adds a participating nation, with the service that took part when the source names it.</summary>
    /// <exception cref="DomainRuleException">The service belongs to another nation, or the nation is already listed.</exception>
    public ExerciseParticipant AddParticipant(Nation nation, Citation citation, Organisation? service = null)
    {
        ArgumentNullException.ThrowIfNull(nation);
        if (service is not null && !ReferenceEquals(service.Nation, nation))
        {
            throw ExerciseParticipant.ServiceOfAnotherNation(service.DisplayName, nation.Alpha2Code);
        }

        if (_participants.Any(p => ReferenceEquals(p.Nation, nation)))
        {
            throw ExerciseParticipant.NationTwice(nation.Alpha2Code);
        }

        var participant = new ExerciseParticipant(this, nation, service, citation);
        _participants.Add(participant);
        return participant;
    }
}
