namespace DefenceTies.Model;

/// <summary>
/// A relation between two distinct nations as a source states it: <c>Subject</c> is <see cref="Kind"/>
/// of <c>Counterpart</c> ("Thailand is a maritime neighbour" of India), optionally within a region.
/// </summary>
public class NationRelation : CitedEntity
{
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
    /// <exception cref="DomainRuleException">Both ends are the same nation.</exception>
    public NationRelation(Nation subject, NationRelationKind kind, Nation counterpart, Citation citation, Region? region = null, PartialDate? date = null)
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
}
