namespace DefenceTies.Model;

/// <summary>
/// A body: a nation's defence ministry, armed service or embassy (embassies also name the nation
/// that hosts them); an international organisation or forum, which belongs to no nation; a company
/// or a non-state group, with its nation when the source states one. Whether a body has a nation
/// follows from its <see cref="Kind"/>. A body with a nation is keyed by its nation and name (an
/// unnamed one by its nation and kind); a body without one by its name, unique among bodies without
/// a nation.
/// </summary>
public class Organisation : CitedEntity
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 200;

    private readonly List<OrganisationMembership> _memberships = [];
    private readonly List<OtherName> _otherNames = [];

    /// <summary>For EF Core.</summary>
    protected Organisation()
    {
    }

    /// <summary>Creates an organisation.</summary>
    /// <param name="nation">
    /// The nation the body belongs to: required for a nation's own bodies, never given for an
    /// international organisation or forum, and given for a company or non-state group when the
    /// source states it (see <see cref="OrganisationKind"/>).
    /// </param>
    /// <param name="name">The name, as the source gives it; <see langword="null"/> when the source names none ("both armies"): never invented.</param>
    /// <param name="kind">What kind of body it is.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="hostNation">For a mission abroad, the nation it is in; otherwise <see langword="null"/>.</param>
    /// <param name="wikidataId">The body's Wikidata item ("Q7768"), when the source or the analyst gives it.</param>
    /// <param name="cowCode">For an international organisation, its Correlates of War IGO abbreviation ("ASEAN"), when given.</param>
    /// <exception cref="DomainRuleException">A value breaks one of the rules above.</exception>
    public Organisation(Nation? nation, string? name, OrganisationKind kind, Citation citation, Nation? hostNation = null, string? wikidataId = null, string? cowCode = null)
        : base(citation, nameof(Organisation))
    {
        Validate(nation?.Alpha2Code, hostNation?.Alpha2Code, name, kind, wikidataId, cowCode);
        Name = name;
        Kind = kind;
        Nation = nation;
        WikidataId = wikidataId;
        CowCode = cowCode;
        HostNation = hostNation;
    }

    /// <summary>
    /// The rules of an organisation's own values, for the constructor and the bulk path alike. The
    /// nations are given as the values to report (a code here, an id in a bulk row): equal values
    /// are the same nation.
    /// </summary>
    /// <exception cref="DomainRuleException">A value breaks a rule.</exception>
    internal static void Validate(object? nation, object? hostNation, string? name, OrganisationKind kind, string? wikidataId, string? cowCode)
    {
        Guard.OptionalText(name, nameof(Organisation), nameof(Name), NameMaxLength);
        Guard.Defined(kind, nameof(Organisation), nameof(Kind));
        OrganisationNationRule.Check(kind, nation, name);
        Guard.OptionalCode(wikidataId, CodePattern.WikidataItem, nameof(Organisation), nameof(WikidataId));
        Guard.OptionalCode(cowCode, CodePattern.CowIgoAbbreviation, nameof(Organisation), nameof(CowCode));
        if (cowCode is not null && !OrganisationNationRule.WithCowCode.Contains(kind))
        {
            throw new DomainRuleException(nameof(Organisation), nameof(CowCode), cowCode, $"only a body of kind {string.Join(" or ", OrganisationNationRule.WithCowCode)} has a Correlates of War IGO abbreviation.");
        }

        if (hostNation is not null && nation is not null && Equals(hostNation, nation))
        {
            throw new DomainRuleException(nameof(Organisation), nameof(HostNation), hostNation, "a host nation must differ from the organisation's own nation.");
        }
    }

    /// <summary>The key of <see cref="Nation"/>.</summary>
    public int? NationId { get; private set; }

    /// <summary>
    /// The nation the body belongs to; <see langword="null"/> for an international organisation or
    /// forum, and for a company or non-state group whose nation the source does not state.
    /// </summary>
    public Nation? Nation { get; private set; }

    /// <summary>The name, as the source gives it; <see langword="null"/> when the source names none.</summary>
    public string? Name { get; private set; }

    /// <summary>
    /// A label for display, computed and never stored: <see cref="Name"/> when stated, otherwise the
    /// nation and kind ("India's army", or "an unnamed army" when <see cref="Nation"/> is not loaded).
    /// A body without a nation always has a name.
    /// </summary>
    public string DisplayName => Label(Name, Kind, Nation?.Name);

    /// <summary>
    /// The label <see cref="DisplayName"/> reads, from the columns alone, for code that projects
    /// them instead of loading the entity: <paramref name="name"/> when stated, otherwise
    /// "<paramref name="nationName"/>'s kind" ("India's army"), or "an unnamed army" without a nation.
    /// </summary>
    /// <param name="name">The stated name, or <see langword="null"/>.</param>
    /// <param name="kind">The kind of body.</param>
    /// <param name="nationName">The name of its nation, or <see langword="null"/>.</param>
    public static string Label(string? name, OrganisationKind kind, string? nationName) =>
        name ?? (nationName is null ? $"an unnamed {KindLabel(kind)}" : $"{nationName}'s {KindLabel(kind)}");

    /// <summary>What kind of body it is.</summary>
    public OrganisationKind Kind { get; private set; }

    /// <summary>The key of <see cref="HostNation"/>.</summary>
    public int? HostNationId { get; private set; }

    /// <summary>For a mission abroad (an embassy), the nation that hosts it.</summary>
    public Nation? HostNation { get; private set; }

    /// <summary>The body's Wikidata item identifier, when given: "Q" and a number without leading zeros ("Q7768"); unique among bodies.</summary>
    public string? WikidataId { get; private set; }

    /// <summary>
    /// For an international organisation, its Correlates of War IGO abbreviation when given: a letter,
    /// then letters and digits, 2 to 16 characters ("ASEAN", "AfDB"); unique among bodies.
    /// </summary>
    public string? CowCode { get; private set; }

    /// <summary>The body's members, each with its role and dates: the nations and bodies that belong to it.</summary>
    public IReadOnlyCollection<OrganisationMembership> Memberships => _memberships.AsReadOnly();

    /// <summary>Records that a nation is a member of this body, or holds a role in it, over a term when the source dates it.</summary>
    /// <param name="member">The member nation.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="role">Its role (Member unless the source names another: Chair, CoChair, Host, Observer).</param>
    /// <param name="startedOn">When the membership or role began, at the precision stated; <see langword="null"/> when not stated.</param>
    /// <param name="endedOn">When it ended or ends, at the precision stated; <see langword="null"/> when not stated.</param>
    /// <exception cref="DomainRuleException">The same membership is already recorded, or a value breaks a rule.</exception>
    public OrganisationMembership AddMember(Nation member, Citation citation, ParticipationRole role = ParticipationRole.Member, PartialDate? startedOn = null, PartialDate? endedOn = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        return AddMembership(new OrganisationMembership(this, member, null, role, startedOn, endedOn, citation));
    }

    /// <summary>Records that another body (a company, an organisation) is a member of this body, or holds a role in it.</summary>
    /// <param name="member">The member body; not this body.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="role">Its role (Member unless the source names another).</param>
    /// <param name="startedOn">When the membership or role began, when stated.</param>
    /// <param name="endedOn">When it ended or ends, when stated.</param>
    /// <exception cref="DomainRuleException">The same membership is already recorded, or a value breaks a rule.</exception>
    public OrganisationMembership AddMember(Organisation member, Citation citation, ParticipationRole role = ParticipationRole.Member, PartialDate? startedOn = null, PartialDate? endedOn = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        return AddMembership(new OrganisationMembership(this, null, member, role, startedOn, endedOn, citation));
    }

    private OrganisationMembership AddMembership(OrganisationMembership membership)
    {
        if (_memberships.Any(m => m.SameKey(membership)))
        {
            throw OrganisationMembership.RecordedTwice(membership.Role);
        }

        _memberships.Add(membership);
        return membership;
    }

    /// <summary>The kind as words ("defence ministry"), for labels of unnamed bodies.</summary>
    internal static string KindLabel(OrganisationKind kind) => kind switch
    {
        OrganisationKind.DefenceMinistry => "defence ministry",
        OrganisationKind.ArmedForces => "armed forces",
        OrganisationKind.AirForce => "air force",
        OrganisationKind.GovernmentBody => "government body",
        OrganisationKind.InternationalOrganisation => "international organisation",
        OrganisationKind.StateOwnedEnterprise => "state-owned enterprise",
        OrganisationKind.JointVenture => "joint venture",
        OrganisationKind.ResearchAgency => "research agency",
        OrganisationKind.NonStateArmedGroup => "non-state armed group",
        OrganisationKind.MaritimeMilitia => "maritime militia",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// The other names the sources give this organisation (an acronym), each cited. Filled by EF Core, not by this
    /// class: load it with <c>Include(x =&gt; x.OtherNames)</c>, or it fills in as the aliases are tracked by
    /// the same context. A new alias is made with the <see cref="OtherName"/> constructor.
    /// </summary>
    public IReadOnlyCollection<OtherName> OtherNames => _otherNames.AsReadOnly();
}
