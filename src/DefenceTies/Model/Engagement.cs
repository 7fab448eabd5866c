namespace DefenceTies.Model;

/// <summary>
/// A meeting or round of talks between nations, with the delegations that took part, the
/// cooperation areas discussed and (through <see cref="Agreement.Engagement"/>) what was decided.
/// </summary>
public class Engagement : CitedEntity
{
    /// <summary>Maximum length of <see cref="Subject"/>.</summary>
    public const int SubjectMaxLength = 500;

    private readonly List<Delegation> _delegations = [];
    private readonly List<EngagementTopic> _topics = [];
    private readonly List<EngagementParticipant> _participants = [];
    private readonly List<EngagementAgreement> _agreements = [];

    /// <summary>For EF Core.</summary>
    protected Engagement()
    {
    }

    /// <summary>Creates an engagement.</summary>
    /// <param name="kind">What kind of encounter it was.</param>
    /// <param name="subject">What it was about, in the source's words.</param>
    /// <param name="heldOn">When it took place, to the precision known (never <c>default(PartialDate)</c>, which is not a date).</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="place">Where it was held, or a visit's destination, when the source says.</param>
    /// <param name="status">Whether it took place; a planned, postponed or cancelled one has its planned date as <paramref name="heldOn"/>.</param>
    /// <param name="mode">How it was attended, when the source says.</param>
    /// <param name="parent">The event it was held on the sidelines of, or as part of (a summit), when the source says.</param>
    public Engagement(EngagementKind kind, string subject, PartialDate heldOn, Citation citation, Region? place = null, EngagementStatus status = EngagementStatus.Held, EngagementMode? mode = null, Engagement? parent = null)
        : base(citation, nameof(Engagement))
    {
        Validate(kind, subject, heldOn);
        if (ReferenceEquals(parent, this))
        {
            throw new DomainRuleException(nameof(Engagement), nameof(Parent), subject, "an engagement is not held on its own sidelines.");
        }

        Kind = kind;
        Subject = subject;
        HeldOn = heldOn;
        Place = place;
        Status = Guard.Defined(status, nameof(Engagement), nameof(Status));
        Mode = mode is { } m ? Guard.Defined(m, nameof(Engagement), nameof(Mode)) : null;
        Parent = parent;
    }

    /// <summary>Whether it took place, as the source says (<see cref="EngagementStatus.Held"/> unless stated otherwise).</summary>
    public EngagementStatus Status { get; private set; }

    /// <summary>How it was attended (in person, virtual, hybrid), when the source says.</summary>
    public EngagementMode? Mode { get; private set; }

    /// <summary>The key of <see cref="Parent"/>.</summary>
    public int? ParentId { get; private set; }

    /// <summary>The event it was held on the sidelines of, or as part of (a summit), when the source says (schema.org's superEvent).</summary>
    public Engagement? Parent { get; private set; }

    /// <summary>What kind of encounter it was.</summary>
    public EngagementKind Kind { get; private set; }

    /// <summary>What it was about, in the source's words.</summary>
    public string Subject { get; private set; } = null!;

    /// <summary>When it took place, to the precision known.</summary>
    public PartialDate HeldOn { get; private set; }

    /// <summary>The key of <see cref="Place"/>.</summary>
    public int? PlaceId { get; private set; }

    /// <summary>Where it was held (a city, a base) or, for a visit, its destination, when the source says; <see langword="null"/> otherwise.</summary>
    public Region? Place { get; private set; }

    /// <summary>The nations' teams that took part.</summary>
    public IReadOnlyCollection<Delegation> Delegations => _delegations.AsReadOnly();

    /// <summary>The nations and bodies with a role in it (host, chair, observer), and the bodies met as its counterpart.</summary>
    public IReadOnlyCollection<EngagementParticipant> Participants => _participants.AsReadOnly();

    /// <summary>The cooperation areas discussed.</summary>
    public IReadOnlyCollection<EngagementTopic> Topics => _topics.AsReadOnly();

    /// <summary>The agreements it discussed, reviewed or advanced without concluding them.</summary>
    public IReadOnlyCollection<EngagementAgreement> Agreements => _agreements.AsReadOnly();

    /// <summary>The rules of an engagement's fields; the constructor and the bulk path both apply them.</summary>
    /// <exception cref="DomainRuleException">A value breaks a rule.</exception>
    internal static void Validate(EngagementKind kind, string? subject, PartialDate heldOn)
    {
        Guard.Defined(kind, nameof(Engagement), nameof(Kind));
        Guard.Text(subject, nameof(Engagement), nameof(Subject), SubjectMaxLength);
        Guard.Date(heldOn, nameof(Engagement), nameof(HeldOn));
    }

    /// <summary>Adds a nation's delegation; each nation sends at most one.</summary>
    /// <exception cref="DomainRuleException">The nation already has a delegation here.</exception>
    public Delegation AddDelegation(Nation nation, Citation citation)
    {
        ArgumentNullException.ThrowIfNull(nation);
        if (_delegations.Any(d => ReferenceEquals(d.Nation, nation)))
        {
            throw Delegation.NationTwice(nation.Alpha2Code);
        }

        var delegation = new Delegation(this, nation, citation);
        _delegations.Add(delegation);
        return delegation;
    }

    /// <summary>Records a nation's role in the engagement (its host, its chair, an observer).</summary>
    /// <param name="nation">The nation.</param>
    /// <param name="role">Its role: Participant, Host, Chair, CoChair or Observer.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <exception cref="DomainRuleException">The nation already holds the role here, or the role is not one of those.</exception>
    public EngagementParticipant AddParticipant(Nation nation, ParticipationRole role, Citation citation)
    {
        ArgumentNullException.ThrowIfNull(nation);
        if (_participants.Any(p => ReferenceEquals(p.Nation, nation) && p.Role == role))
        {
            throw EngagementParticipant.Twice(nation.Alpha2Code, role);
        }

        var participant = new EngagementParticipant(this, nation, null, role, citation);
        _participants.Add(participant);
        return participant;
    }

    /// <summary>Records a body's role in the engagement: a forum that hosts it, or a body met as the counterpart (role Participant).</summary>
    /// <param name="organisation">The body.</param>
    /// <param name="role">Its role: Participant, Host, Chair, CoChair or Observer.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <exception cref="DomainRuleException">The body already holds the role here, or the role is not one of those.</exception>
    public EngagementParticipant AddParticipant(Organisation organisation, ParticipationRole role, Citation citation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (_participants.Any(p => ReferenceEquals(p.Organisation, organisation) && p.Role == role))
        {
            throw EngagementParticipant.Twice(organisation.DisplayName, role);
        }

        var participant = new EngagementParticipant(this, null, organisation, role, citation);
        _participants.Add(participant);
        return participant;
    }

    /// <summary>Records that a cooperation area was discussed.</summary>
    /// <exception cref="DomainRuleException">The area is already recorded.</exception>
    public EngagementTopic AddTopic(CooperationArea area, Citation citation)
    {
        ArgumentNullException.ThrowIfNull(area);
        if (_topics.Any(t => ReferenceEquals(t.CooperationArea, area)))
        {
            throw new DomainRuleException(nameof(EngagementTopic), nameof(EngagementTopic.CooperationArea), area.Name, "each area is recorded once per engagement.");
        }

        var topic = new EngagementTopic(this, area, citation);
        _topics.Add(topic);
        return topic;
    }

    /// <summary>Records an agreement the engagement discussed, reviewed or advanced without concluding it.</summary>
    /// <exception cref="DomainRuleException">The agreement is already recorded here, or it was concluded at this engagement.</exception>
    public EngagementAgreement AddAgreement(Agreement agreement, AgreementHandling handling, Citation citation)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (ReferenceEquals(agreement.Engagement, this))
        {
            throw new DomainRuleException(nameof(EngagementAgreement), nameof(EngagementAgreement.Agreement), agreement.Subject, "the agreement was concluded at this engagement (its engagement); an engagement deals with an agreement it did not conclude.");
        }

        if (_agreements.Any(a => ReferenceEquals(a.Agreement, agreement)))
        {
            throw new DomainRuleException(nameof(EngagementAgreement), nameof(EngagementAgreement.Agreement), agreement.Subject, "each agreement is recorded once per engagement.");
        }

        var link = new EngagementAgreement(this, agreement, handling, citation);
        _agreements.Add(link);
        return link;
    }
}
