namespace DefenceTies.Model;

/// <summary>An aim a nation is stated to pursue ("transition from being a major arms importer to a significant exporter").</summary>
public class NationalAim : CitedEntity
{
    /// <summary>Maximum length of <see cref="Description"/>.</summary>
    public const int DescriptionMaxLength = 1000;

    /// <summary>For EF Core.</summary>
    protected NationalAim()
    {
    }

    /// <summary>Records an aim of a nation.</summary>
    public NationalAim(Nation nation, string description, Citation citation)
        : base(citation, nameof(NationalAim))
    {
        Nation = Guard.NotNull(nation, nameof(NationalAim), nameof(Nation));
        Description = Guard.Text(description, nameof(NationalAim), nameof(Description), DescriptionMaxLength, TextLines.Multiple);
    }

    /// <summary>The key of <see cref="Nation"/>.</summary>
    public int NationId { get; private set; }

    /// <summary>The nation.</summary>
    public Nation Nation { get; private set; } = null!;

    /// <summary>The aim, in the source's words.</summary>
    public string Description { get; private set; } = null!;
}
