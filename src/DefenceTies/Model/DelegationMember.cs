namespace DefenceTies.Model;

/// <summary>A person in a delegation, with their role and the post in whose capacity they attend.</summary>
public class DelegationMember : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected DelegationMember()
    {
    }

    internal DelegationMember(Delegation delegation, Person person, DelegationRole role, Citation citation, Post? capacity)
        : base(citation, nameof(DelegationMember))
    {
        Delegation = delegation;
        Person = person;
        Role = role;
        Capacity = capacity;
    }

    /// <summary>The key of <see cref="Delegation"/>.</summary>
    public int DelegationId { get; private set; }

    /// <summary>The delegation.</summary>
    public Delegation Delegation { get; private set; } = null!;

    /// <summary>The key of <see cref="Person"/>.</summary>
    public int PersonId { get; private set; }

    /// <summary>The member.</summary>
    public Person Person { get; private set; } = null!;

    /// <summary>Leader or ordinary member.</summary>
    public DelegationRole Role { get; private set; }

    /// <summary>The key of <see cref="Capacity"/>.</summary>
    public int? CapacityPostId { get; private set; }

    /// <summary>The post in whose capacity the person attends, when the source says.</summary>
    public Post? Capacity { get; private set; }

    /// <summary>The rules of a member's own fields; <see cref="Delegation.AddMember"/> and the bulk path both apply them.</summary>
    /// <exception cref="DomainRuleException">A value breaks a rule.</exception>
    internal static void Validate(DelegationRole role) => Guard.Defined(role, nameof(DelegationMember), nameof(Role));

    /// <summary>The error for a person listed twice in one delegation.</summary>
    /// <param name="person">The person, as the caller knows them (their name, or their id on the bulk path).</param>
    internal static DomainRuleException PersonTwice(object? person) =>
        new(nameof(DelegationMember), nameof(Person), person, "a person is listed once per delegation.");

    /// <summary>The error for a second leader of one delegation.</summary>
    internal static DomainRuleException SecondLeader() =>
        new(nameof(DelegationMember), nameof(Role), DelegationRole.Leader, "a delegation has at most one leader.");

    /// <summary>The error for a capacity post of another nation than the delegation's.</summary>
    /// <param name="post">The post, as the caller knows it (its title, or its id on the bulk path).</param>
    /// <param name="delegationNation">The delegation's nation, as the caller knows it.</param>
    internal static DomainRuleException CapacityOfAnotherNation(object? post, object? delegationNation) =>
        new(nameof(DelegationMember), nameof(Capacity), post, $"the post must belong to the delegation's nation ({delegationNation}).");
}
