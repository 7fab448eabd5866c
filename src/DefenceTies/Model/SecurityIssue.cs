namespace DefenceTies.Model;

/// <summary>A security challenge nations address together, such as human trafficking, located in regions.</summary>
public class SecurityIssue : CitedEntity
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 200;

    private readonly List<SecurityIssueRegion> _regions = [];

    /// <summary>For EF Core.</summary>
    protected SecurityIssue()
    {
    }

    /// <summary>Creates a security issue.</summary>
    public SecurityIssue(string name, Citation citation)
        : base(citation, nameof(SecurityIssue))
    {
        Name = Guard.Text(name, nameof(SecurityIssue), nameof(Name), NameMaxLength);
    }

    /// <summary>The name, unique among security issues.</summary>
    public string Name { get; private set; } = null!;

    /// <summary>Where the issue arises.</summary>
    public IReadOnlyCollection<SecurityIssueRegion> Regions => _regions.AsReadOnly();

    /// <summary>Records that the issue arises in a region (each once).</summary>
    /// <exception cref="DomainRuleException">The region is already recorded.</exception>
    public SecurityIssueRegion LocateIn(Region region, Citation citation)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (_regions.Any(r => ReferenceEquals(r.Region, region)))
        {
            throw new DomainRuleException(nameof(SecurityIssueRegion), nameof(SecurityIssueRegion.Region), region.Name, "a region is recorded once per issue.");
        }

        var location = new SecurityIssueRegion(this, region, citation);
        _regions.Add(location);
        return location;
    }
}
