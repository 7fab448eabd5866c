namespace DefenceTies.Model;

/// <summary>A person holding a post, with start and end dates when the source gives them.</summary>
public class PostHolding : CitedEntity, IVersioned
{
    /// <summary>For EF Core.</summary>
    protected PostHolding()
    {
    }

    /// <summary>Records that a person holds (or held) a post.</summary>
    /// <param name="person">The holder.</param>
    /// <param name="post">The post.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="startedOn">When the holding began, if stated.</param>
    /// <param name="endedOn">When it ended, if stated; not before <paramref name="startedOn"/>.</param>
    public PostHolding(Person person, Post post, Citation citation, PartialDate? startedOn = null, PartialDate? endedOn = null)
        : base(citation, nameof(PostHolding))
    {
        Person = Guard.NotNull(person, nameof(PostHolding), nameof(Person));
        Post = Guard.NotNull(post, nameof(PostHolding), nameof(Post));
        StartedOn = Guard.OptionalDate(startedOn, nameof(PostHolding), nameof(StartedOn));
        EndedOn = Guard.OptionalDate(endedOn, nameof(PostHolding), nameof(EndedOn));
        Guard.Ordered(startedOn, endedOn, nameof(PostHolding), nameof(EndedOn));
    }

    /// <summary>The key of <see cref="Person"/>.</summary>
    public int PersonId { get; private set; }

    /// <summary>The holder.</summary>
    public Person Person { get; private set; } = null!;

    /// <summary>The key of <see cref="Post"/>.</summary>
    public int PostId { get; private set; }

    /// <summary>The post.</summary>
    public Post Post { get; private set; } = null!;

    /// <summary>When the holding began, if stated.</summary>
    public PartialDate? StartedOn { get; private set; }

    /// <summary>When the holding ended, if stated.</summary>
    public PartialDate? EndedOn { get; private set; }

    /// <inheritdoc />
    public int Version { get; private set; }

    /// <summary>Records when the holding ended.</summary>
    /// <exception cref="DomainRuleException">The end is <c>default(PartialDate)</c> or before the start.</exception>
    public void RecordEnd(PartialDate endedOn)
    {
        Guard.Date(endedOn, nameof(PostHolding), nameof(EndedOn));
        Guard.Ordered(StartedOn, endedOn, nameof(PostHolding), nameof(EndedOn));
        EndedOn = endedOn;
    }
}
