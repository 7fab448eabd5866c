namespace DefenceTies.Model;

/// <summary>
/// An initiative or programme nations pursue together, named as the source names it ("exploring
/// co-production of military hardware"): the nations taking part, the working group that steers
/// it, and the policy or national aim it is part of, each where the source says so. An initiative
/// is not an agreement (nothing is concluded) nor an event (nothing is held).
/// </summary>
public class Initiative : CitedEntity
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 500;

    private readonly List<InitiativeParticipant> _participants = [];

    /// <summary>For EF Core.</summary>
    protected Initiative()
    {
    }

    /// <summary>Records an initiative.</summary>
    /// <param name="name">What it is, in the source's words ("co-production of military hardware").</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="steeringGroup">The working group set up to steer it, when the source says so.</param>
    /// <param name="policy">The named policy or strategy it is part of, when the source says so.</param>
    /// <param name="aim">The national aim it serves ("part of India's broader strategy to enhance its domestic defence production"), when the source says so.</param>
    public Initiative(string name, Citation citation, WorkingGroup? steeringGroup = null, Policy? policy = null, NationalAim? aim = null)
        : base(citation, nameof(Initiative))
    {
        Name = Guard.Text(name, nameof(Initiative), nameof(Name), NameMaxLength);
        SteeringGroup = steeringGroup;
        Policy = policy;
        Aim = aim;
    }

    /// <summary>What it is, in the source's words.</summary>
    public string Name { get; private set; } = null!;

    /// <summary>The key of <see cref="SteeringGroup"/>.</summary>
    public int? SteeringGroupId { get; private set; }

    /// <summary>The working group that steers it, when the source says so.</summary>
    public WorkingGroup? SteeringGroup { get; private set; }

    /// <summary>The key of <see cref="Policy"/>.</summary>
    public int? PolicyId { get; private set; }

    /// <summary>The named policy or strategy it is part of, when the source says so.</summary>
    public Policy? Policy { get; private set; }

    /// <summary>The key of <see cref="Aim"/>.</summary>
    public int? AimId { get; private set; }

    /// <summary>The national aim it serves, when the source says it is part of a nation's strategy towards that aim.</summary>
    public NationalAim? Aim { get; private set; }

    /// <summary>The nations taking part. Filled by EF Core: load it with <c>Include</c>.</summary>
    public IReadOnlyCollection<InitiativeParticipant> Participants => _participants.AsReadOnly();

    /// <summary>Records a nation taking part; each nation once.</summary>
    /// <exception cref="DomainRuleException">The nation already takes part.</exception>
    public InitiativeParticipant AddParticipant(Nation nation, Citation citation)
    {
        ArgumentNullException.ThrowIfNull(nation);
        if (_participants.Any(p => ReferenceEquals(p.Nation, nation)))
        {
            throw new DomainRuleException(nameof(InitiativeParticipant), nameof(InitiativeParticipant.Nation), nation.Alpha2Code, "each nation takes part in an initiative once.");
        }

        var participant = new InitiativeParticipant(this, nation, citation);
        _participants.Add(participant);
        return participant;
    }
}
