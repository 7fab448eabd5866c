namespace DefenceTies.Model;

/// <summary>
/// A field in which nations cooperate on defence: joint exercises, technology transfer, research
/// and development, co-production. Names are unique and in the source's words.
/// </summary>
public class CooperationArea : CitedEntity
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 200;

    /// <summary>For EF Core.</summary>
    protected CooperationArea()
    {
    }

    /// <summary>Creates a cooperation area.</summary>
    public CooperationArea(string name, Citation citation)
        : base(citation, nameof(CooperationArea))
    {
        Name = Guard.Text(name, nameof(CooperationArea), nameof(Name), NameMaxLength);
    }

    /// <summary>The name, unique among areas.</summary>
    public string Name { get; private set; } = null!;
}
