namespace DefenceTies.Model;

/// <summary>
/// A body belonging to a nation: a defence ministry, an armed service, an embassy. Embassies also
/// name the nation that hosts them.
/// </summary>
public class Organisation : CitedEntity
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 200;

    private readonly List<OtherName> _otherNames = [];

    /// <summary>For EF Core.</summary>
    protected Organisation()
    {
    }

    /// <summary>Creates an organisation.</summary>
    /// <param name="nation">The nation the organisation belongs to.</param>
    /// <param name="name">The name, as the source gives it; <see langword="null"/> when the source names none ("both armies"): never invented.</param>
    /// <param name="kind">What kind of body it is.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="hostNation">For a mission abroad, the nation it is in; otherwise <see langword="null"/>.</param>
    public Organisation(Nation nation, string? name, OrganisationKind kind, Citation citation, Nation? hostNation = null)
        : base(citation, nameof(Organisation))
    {
        Nation = Guard.NotNull(nation, nameof(Organisation), nameof(Nation));
        Name = Guard.OptionalText(name, nameof(Organisation), nameof(Name), NameMaxLength);
        Kind = Guard.Defined(kind, nameof(Organisation), nameof(Kind));
        if (hostNation is not null && ReferenceEquals(hostNation, nation))
        {
            throw new DomainRuleException(nameof(Organisation), nameof(HostNation), hostNation.Alpha2Code, "a host nation must differ from the organisation's own nation.");
        }

        HostNation = hostNation;
    }

    /// <summary>The key of <see cref="Nation"/>.</summary>
    public int NationId { get; private set; }

    /// <summary>The nation the organisation belongs to.</summary>
    public Nation Nation { get; private set; } = null!;

    /// <summary>The name, as the source gives it; <see langword="null"/> when the source names none.</summary>
    public string? Name { get; private set; }

    /// <summary>
    /// A label for display, computed and never stored: <see cref="Name"/> when stated, otherwise the
    /// nation and kind ("India's army", or "an unnamed army" when <see cref="Nation"/> is not loaded).
    /// </summary>
    public string DisplayName => Name ?? (Nation is { } nation ? $"{nation.Name}'s {KindLabel(Kind)}" : $"an unnamed {KindLabel(Kind)}");

    /// <summary>What kind of body it is.</summary>
    public OrganisationKind Kind { get; private set; }

    /// <summary>The key of <see cref="HostNation"/>.</summary>
    public int? HostNationId { get; private set; }

    /// <summary>For a mission abroad (an embassy), the nation that hosts it.</summary>
    public Nation? HostNation { get; private set; }

    /// <summary>The kind as words ("defence ministry"), for labels of unnamed bodies.</summary>
    internal static string KindLabel(OrganisationKind kind) => kind switch
    {
        OrganisationKind.DefenceMinistry => "defence ministry",
        OrganisationKind.ArmedForces => "armed forces",
        OrganisationKind.AirForce => "air force",
        OrganisationKind.GovernmentBody => "government body",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// The other names the sources give this organisation (an acronym), each cited. Filled by EF Core, not by this
    /// class: load it with <c>Include(x =&gt; x.OtherNames)</c>, or it fills in as the aliases are tracked by
    /// the same context. A new alias is made with the <see cref="OtherName"/> constructor.
    /// </summary>
    public IReadOnlyCollection<OtherName> OtherNames => _otherNames.AsReadOnly();
}
