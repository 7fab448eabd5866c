namespace DefenceTies.Model;

/// <summary>
/// A nation's team at an engagement. The leader is one of its members (the member whose role is
/// <see cref="DelegationRole.Leader"/>), so the data cannot name a leader who was not there.
/// </summary>
public class Delegation : CitedEntity
{
    private readonly List<DelegationMember> _members = [];

    /// <summary>For EF Core.</summary>
    protected Delegation()
    {
    }

    internal Delegation(Engagement engagement, Nation nation, Citation citation)
        : base(citation, nameof(Delegation))
    {
        Engagement = engagement;
        Nation = Guard.NotNull(nation, nameof(Delegation), nameof(Nation));
    }

    /// <summary>The key of <see cref="Engagement"/>.</summary>
    public int EngagementId { get; private set; }

    /// <summary>The engagement the delegation took part in.</summary>
    public Engagement Engagement { get; private set; } = null!;

    /// <summary>The key of <see cref="Nation"/>.</summary>
    public int NationId { get; private set; }

    /// <summary>The nation the delegation represents.</summary>
    public Nation Nation { get; private set; } = null!;

    /// <summary>The members, the leader among them.</summary>
    public IReadOnlyCollection<DelegationMember> Members => _members.AsReadOnly();

    /// <summary>The error for a second delegation of one nation to one engagement.</summary>
    /// <param name="nation">The nation, as the caller knows it (its code, or its id on the bulk path).</param>
    internal static DomainRuleException NationTwice(object? nation) =>
        new(nameof(Delegation), nameof(Nation), nation, "a nation sends at most one delegation to an engagement.");

    /// <summary>
    /// Adds a member. A member who takes part in the capacity of a post must hold a post of the
    /// delegation's nation; a delegation has at most one leader and lists each person once.
    /// </summary>
    /// <exception cref="DomainRuleException">A rule above is broken.</exception>
    public DelegationMember AddMember(Person person, DelegationRole role, Citation citation, Post? capacity = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        DelegationMember.Validate(role);
        if (_members.Any(m => ReferenceEquals(m.Person, person)))
        {
            throw DelegationMember.PersonTwice(person.Name);
        }

        if (role == DelegationRole.Leader && _members.Any(m => m.Role == DelegationRole.Leader))
        {
            throw DelegationMember.SecondLeader();
        }

        if (capacity is not null && !ReferenceEquals(capacity.Nation, Nation))
        {
            throw DelegationMember.CapacityOfAnotherNation(capacity.Title, Nation.Alpha2Code);
        }

        var member = new DelegationMember(this, person, role, citation, capacity);
        _members.Add(member);
        return member;
    }
}
