namespace DefenceTies.Model;

/// <summary>A national policy such as India's "Act East" or Thailand's "Act West".</summary>
public class Policy : CitedEntity
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 200;

    /// <summary>Maximum length of <see cref="Aim"/>.</summary>
    public const int AimMaxLength = 1000;

    /// <summary>For EF Core.</summary>
    protected Policy()
    {
    }

    /// <summary>Creates a policy owned by a nation.</summary>
    /// <param name="nation">The owning nation.</param>
    /// <param name="name">The name, unique per nation.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="aim">What the policy aims at, in the source's words, if stated.</param>
    public Policy(Nation nation, string name, Citation citation, string? aim = null)
        : base(citation, nameof(Policy))
    {
        Nation = Guard.NotNull(nation, nameof(Policy), nameof(Nation));
        Name = Guard.Text(name, nameof(Policy), nameof(Name), NameMaxLength);
        Aim = Guard.OptionalText(aim, nameof(Policy), nameof(Aim), AimMaxLength, TextLines.Multiple);
    }

    /// <summary>The key of <see cref="Nation"/>.</summary>
    public int NationId { get; private set; }

    /// <summary>The owning nation.</summary>
    public Nation Nation { get; private set; } = null!;

    /// <summary>The name, unique per nation.</summary>
    public string Name { get; private set; } = null!;

    /// <summary>What the policy aims at, if stated.</summary>
    public string? Aim { get; private set; }
}
