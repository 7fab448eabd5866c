namespace DefenceTies.Model;

/// <summary>A security challenge nations address together, such as human trafficking, located in regions.</summary>
public class SecurityIssue : CitedEntity
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 200;

    private readonly List<SecurityIssueRegion> _regions = [];
    private readonly List<SecurityIssueActor> _actors = [];

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

    /// <summary>Who the sources say is behind the issue, is affected by it or addresses it.</summary>
    public IReadOnlyCollection<SecurityIssueActor> Actors => _actors.AsReadOnly();

    /// <summary>Records a nation's part in the issue (each nation once per role).</summary>
    /// <param name="role">Behind it, affected, or addressing it.</param>
    /// <param name="nation">The nation.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="date">When the source places the nation's part, if it says.</param>
    /// <returns>The actor, saved with the issue.</returns>
    /// <exception cref="DomainRuleException">The nation already has this role in the issue, or a value breaks a rule.</exception>
    public SecurityIssueActor AddActor(SecurityIssueRole role, Nation nation, Citation citation, PartialDate? date = null)
    {
        ArgumentNullException.ThrowIfNull(nation);
        if (_actors.Any(a => a.Role == role && a.Nation is { } n && (ReferenceEquals(n, nation) || n.Alpha2Code == nation.Alpha2Code)))
        {
            throw SecurityIssueActor.ActorTwice(role, nation.Alpha2Code);
        }

        var actor = new SecurityIssueActor(this, role, nation, organisation: null, citation, date);
        _actors.Add(actor);
        return actor;
    }

    /// <summary>Records an organisation's part in the issue (each organisation once per role).</summary>
    /// <param name="role">Behind it, affected, or addressing it.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="date">When the source places the organisation's part, if it says.</param>
    /// <param name="organisation">The organisation (a navy, a coast guard, a maritime militia).</param>
    /// <returns>The actor, saved with the issue.</returns>
    /// <exception cref="DomainRuleException">The organisation already has this role in the issue, or a value breaks a rule.</exception>
    public SecurityIssueActor AddActor(SecurityIssueRole role, Organisation organisation, Citation citation, PartialDate? date = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (_actors.Any(a => a.Role == role && ReferenceEquals(a.Organisation, organisation)))
        {
            throw SecurityIssueActor.ActorTwice(role, organisation.DisplayName);
        }

        var actor = new SecurityIssueActor(this, role, nation: null, organisation, citation, date);
        _actors.Add(actor);
        return actor;
    }
}
