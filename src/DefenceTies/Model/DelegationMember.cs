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
}
