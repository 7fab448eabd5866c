namespace DefenceTies.Model;

/// <summary>
/// A joint body of nations with a mandate and focus areas, usually established by an agreement
/// reached at an engagement.
/// </summary>
public class WorkingGroup : CitedEntity, IVersioned
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 300;

    /// <summary>Maximum length of <see cref="Mandate"/>.</summary>
    public const int MandateMaxLength = 1000;

    /// <summary>Maximum length of <see cref="Significance"/>.</summary>
    public const int SignificanceMaxLength = 500;

    private readonly List<WorkingGroupMember> _members = [];
    private readonly List<WorkingGroupFocusArea> _focusAreas = [];

    /// <summary>For EF Core.</summary>
    protected WorkingGroup()
    {
    }

    /// <summary>Creates a working group.</summary>
    /// <param name="name">The name the source gives it (unique), or <see langword="null"/> when it names none: never invented.</param>
    /// <param name="mandate">What the group is for, in the source's words.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="establishedBy">The agreement that set it up, if any.</param>
    /// <param name="parent">The body the group works under, when the source says so: an expert working group of a forum.</param>
    /// <param name="significance">What the source says the group means, in its words ("marking a significant step in bilateral defence relations"), if it says.</param>
    public WorkingGroup(string? name, string mandate, WorkingGroupStatus status, Citation citation, Agreement? establishedBy = null, Organisation? parent = null, string? significance = null)
        : base(citation, nameof(WorkingGroup))
    {
        Significance = Guard.OptionalText(significance, nameof(WorkingGroup), nameof(Significance), SignificanceMaxLength);
        Parent = parent;
        Name = Guard.OptionalText(name, nameof(WorkingGroup), nameof(Name), NameMaxLength);
        Mandate = Guard.Text(mandate, nameof(WorkingGroup), nameof(Mandate), MandateMaxLength, TextLines.Multiple);
        Status = Guard.Defined(status, nameof(WorkingGroup), nameof(Status));
        EstablishedBy = establishedBy;
    }

    /// <summary>The name the source gives it, unique among working groups; <see langword="null"/> when the source names none.</summary>
    public string? Name { get; private set; }

    /// <summary>
    /// A label for display, computed and never stored: <see cref="Name"/> when stated, otherwise
    /// "joint working group of" the member nations (when <see cref="Members"/> and their nations are loaded).
    /// </summary>
    public string DisplayName => Name
        ?? (_members.Count > 0 && _members.All(m => m.Nation is not null)
            ? $"joint working group of {string.Join(" and ", _members.Select(m => m.Nation.Name).Order(StringComparer.Ordinal))}"
            : "an unnamed working group");

    /// <summary>What the group is for.</summary>
    public string Mandate { get; private set; } = null!;

    /// <summary>What the source says the group means, in its words; <see langword="null"/> when it says nothing of it.</summary>
    public string? Significance { get; private set; }

    /// <summary>Where it stands.</summary>
    public WorkingGroupStatus Status { get; private set; }

    /// <summary>The key of <see cref="Parent"/>.</summary>
    public int? ParentOrganisationId { get; private set; }

    /// <summary>The body the group works under ("an expert working group of the forum"), when the source says so.</summary>
    public Organisation? Parent { get; private set; }

    /// <summary>The key of <see cref="EstablishedBy"/>.</summary>
    public int? EstablishedByAgreementId { get; private set; }

    /// <summary>The agreement that set it up, if any.</summary>
    public Agreement? EstablishedBy { get; private set; }

    /// <inheritdoc />
    public int Version { get; private set; }

    /// <summary>The member nations.</summary>
    public IReadOnlyCollection<WorkingGroupMember> Members => _members.AsReadOnly();

    /// <summary>The cooperation areas the group focuses on.</summary>
    public IReadOnlyCollection<WorkingGroupFocusArea> FocusAreas => _focusAreas.AsReadOnly();

    /// <summary>Moves the group to a new status (planned, active, dissolved).</summary>
    /// <exception cref="DomainRuleException">The status is not defined, or the group is dissolved.</exception>
    public void ChangeStatus(WorkingGroupStatus status)
    {
        Guard.Defined(status, nameof(WorkingGroup), nameof(Status));
        if (Status == WorkingGroupStatus.Dissolved && status != WorkingGroupStatus.Dissolved)
        {
            throw new DomainRuleException(nameof(WorkingGroup), nameof(Status), status, "a dissolved working group cannot be revived.");
        }

        Status = status;
    }

    /// <summary>Adds a member nation (each once), with its role and term when the source states them.</summary>
    /// <param name="nation">The member nation.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="role">Its role: Member (the default), Chair, CoChair or Observer.</param>
    /// <param name="termStartedOn">When its role's term began ("for the cycle 2021–2024": 2021), when stated.</param>
    /// <param name="termEndedOn">When its role's term ended or ends (2024 above), when stated.</param>
    /// <exception cref="DomainRuleException">The nation is already a member, or a value breaks a rule.</exception>
    public WorkingGroupMember AddMember(Nation nation, Citation citation, ParticipationRole role = ParticipationRole.Member, PartialDate? termStartedOn = null, PartialDate? termEndedOn = null)
    {
        ArgumentNullException.ThrowIfNull(nation);
        if (_members.Any(m => ReferenceEquals(m.Nation, nation)))
        {
            throw new DomainRuleException(nameof(WorkingGroupMember), nameof(WorkingGroupMember.Nation), nation.Alpha2Code, "a nation is a member once.");
        }

        var member = new WorkingGroupMember(this, nation, citation, role, termStartedOn, termEndedOn);
        _members.Add(member);
        return member;
    }

    /// <summary>Adds a focus area (each once).</summary>
    /// <exception cref="DomainRuleException">The area is already a focus.</exception>
    public WorkingGroupFocusArea AddFocusArea(CooperationArea area, Citation citation)
    {
        ArgumentNullException.ThrowIfNull(area);
        if (_focusAreas.Any(f => ReferenceEquals(f.CooperationArea, area)))
        {
            throw new DomainRuleException(nameof(WorkingGroupFocusArea), nameof(WorkingGroupFocusArea.CooperationArea), area.Name, "an area is a focus once.");
        }

        var focus = new WorkingGroupFocusArea(this, area, citation);
        _focusAreas.Add(focus);
        return focus;
    }
}
