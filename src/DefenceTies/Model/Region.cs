namespace DefenceTies.Model;

/// <summary>A named geographic or geopolitical area: the Bay of Bengal, the Indo-Pacific.</summary>
public class Region : CitedEntity
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 200;

    /// <summary>For EF Core.</summary>
    protected Region()
    {
    }

    /// <summary>Creates a region.</summary>
    public Region(string name, RegionKind kind, Citation citation)
        : base(citation, nameof(Region))
    {
        Name = Guard.Text(name, nameof(Region), nameof(Name), NameMaxLength);
        Kind = Guard.Defined(kind, nameof(Region), nameof(Kind));
    }

    /// <summary>The name, unique among regions.</summary>
    public string Name { get; private set; } = null!;

    /// <summary>What kind of area it is.</summary>
    public RegionKind Kind { get; private set; }
}
