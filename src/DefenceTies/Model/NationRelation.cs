namespace DefenceTies.Model;

/// <summary>
/// A relation between two distinct nations as a source states it: <c>Subject</c> is <see cref="Kind"/>
/// of <c>Counterpart</c> ("Thailand is a maritime neighbour" of India), optionally within a region.
/// </summary>
public class NationRelation : CitedEntity
{
    /// <summary>Maximum length of <see cref="Level"/>.</summary>
    public const int LevelMaxLength = 200;

    /// <summary>For EF Core.</summary>
    protected NationRelation()
    {
    }

    /// <summary>Records a relation between two distinct nations.</summary>
    /// <param name="subject">The nation the statement is about.</param>
    /// <param name="kind">How the subject stands to the counterpart.</param>
    /// <param name="counterpart">The other nation.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="region">The region the relation is stated for, if any.</param>
    /// <param name="date">When the source places the relation ("since March 2025": 2025-03), if it says; never invented.</param>
    /// <param name="level">A partnership's name as stated ("Comprehensive Strategic Partnership"): required for <see cref="NationRelationKind.Partnership"/>, refused for the other kinds.</param>
    /// <param name="policy">The policy the relation is stated to stand or evolve under ("under India's Act East Policy"), if the source says.</param>
    /// <exception cref="DomainRuleException">Both ends are the same nation, or the level is missing from a partnership or given for another kind.</exception>
    public NationRelation(Nation subject, NationRelationKind kind, Nation counterpart, Citation citation, Region? region = null, PartialDate? date = null, string? level = null, Policy? policy = null)
        : base(citation, nameof(NationRelation))
    {
        Subject = Guard.NotNull(subject, nameof(NationRelation), nameof(Subject));
        Counterpart = Guard.NotNull(counterpart, nameof(NationRelation), nameof(Counterpart));
        Kind = Guard.Defined(kind, nameof(NationRelation), nameof(Kind));
        if (ReferenceEquals(subject, counterpart))
        {
            throw new DomainRuleException(nameof(NationRelation), nameof(Counterpart), counterpart.Alpha2Code, "a relation joins two distinct nations.");
        }

        Region = region;
        Date = Guard.OptionalDate(date, nameof(NationRelation), nameof(Date));
        Level = Guard.OptionalText(level, nameof(NationRelation), nameof(Level), LevelMaxLength);
        if ((kind == NationRelationKind.Partnership) != (level is not null))
        {
            throw new DomainRuleException(nameof(NationRelation), nameof(Level), level, kind == NationRelationKind.Partnership
                ? "a partnership names its level as stated (\"Comprehensive Strategic Partnership\")."
                : $"only a partnership has a level; a {kind} relation has none.");
        }

        Policy = policy;
    }

    /// <summary>The key of <see cref="Subject"/>.</summary>
    public int SubjectNationId { get; private set; }

    /// <summary>The nation the statement is about.</summary>
    public Nation Subject { get; private set; } = null!;

    /// <summary>How the subject stands to the counterpart.</summary>
    public NationRelationKind Kind { get; private set; }

    /// <summary>The key of <see cref="Counterpart"/>.</summary>
    public int CounterpartNationId { get; private set; }

    /// <summary>The other nation.</summary>
    public Nation Counterpart { get; private set; } = null!;

    /// <summary>The key of <see cref="Region"/>.</summary>
    public int? RegionId { get; private set; }

    /// <summary>The region the relation is stated for, if any ("a valued partner in ... the Indo-Pacific region").</summary>
    public Region? Region { get; private set; }

    /// <summary>
    /// When the source places the relation, if it says: the date or period it holds for (tension
    /// "since March 2025" is <c>2025-03</c>). A relation's date is a value, not part of its key: two
    /// reports dating one relation differently are competing claims.
    /// </summary>
    public PartialDate? Date { get; private set; }

    /// <summary>
    /// A partnership's level, named as the source names it ("Comprehensive Strategic Partnership"),
    /// for <see cref="NationRelationKind.Partnership"/> only. Part of the relation's key: a
    /// partnership raised to a new level is a second relation, dated by its own date.
    /// </summary>
    public string? Level { get; private set; }

    /// <summary>The key of <see cref="Policy"/>.</summary>
    public int? PolicyId { get; private set; }

    /// <summary>The policy the relation is stated to stand or evolve under, when the source says so.</summary>
    public Policy? Policy { get; private set; }
}
