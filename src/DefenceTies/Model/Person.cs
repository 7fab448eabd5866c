namespace DefenceTies.Model;

/// <summary>A named individual: an official, officer or diplomat.</summary>
public class Person : CitedEntity
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 200;

    /// <summary>Maximum length of <see cref="Rank"/>.</summary>
    public const int RankMaxLength = 50;

    private readonly List<PostHolding> _postHoldings = [];
    private readonly List<Statement> _statements = [];

    private readonly List<OtherName> _otherNames = [];

    /// <summary>For EF Core.</summary>
    protected Person()
    {
    }

    /// <summary>Creates a person.</summary>
    /// <param name="name">The name as the source gives it, without rank (Tharapong Malakam).</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="rank">A military rank or honorific the source gives (Gen), if any.</param>
    public Person(string name, Citation citation, string? rank = null)
        : base(citation, nameof(Person))
    {
        Validate(name, rank);
        Name = name;
        Rank = rank;
    }

    /// <summary>The name as the source gives it, without rank.</summary>
    public string Name { get; private set; } = null!;

    /// <summary>A military rank or honorific, as abbreviated in the source (Gen).</summary>
    public string? Rank { get; private set; }

    /// <summary>The rules of a person's fields; the constructor and the bulk path both apply them.</summary>
    /// <exception cref="DomainRuleException">A value breaks a rule.</exception>
    internal static void Validate(string? name, string? rank)
    {
        Guard.Text(name, nameof(Person), nameof(Name), NameMaxLength);
        Guard.OptionalText(rank, nameof(Person), nameof(Rank), RankMaxLength);
    }

    /// <summary>
    /// The posts this person holds or held. Filled by EF Core, not by this class: load it with
    /// <c>Include(p =&gt; p.PostHoldings)</c>, or it fills in as the person's holdings are tracked by the
    /// same context. A new holding is made with the <see cref="PostHolding"/> constructor.
    /// </summary>
    public IReadOnlyCollection<PostHolding> PostHoldings => _postHoldings.AsReadOnly();

    /// <summary>
    /// The statements this person made (<see cref="Statement.SpeakerPerson"/>). Filled by EF Core, not by
    /// this class: load it with <c>Include(p =&gt; p.Statements)</c>, or it fills in as the person's statements
    /// are tracked by the same context. A new statement is made with <see cref="Statement.ByPerson"/>.
    /// </summary>
    public IReadOnlyCollection<Statement> Statements => _statements.AsReadOnly();

    /// <summary>
    /// The other names the sources give this person ("Ms. Rao"), each cited. Filled by EF Core, not by this
    /// class: load it with <c>Include(x =&gt; x.OtherNames)</c>, or it fills in as the aliases are tracked by
    /// the same context. A new alias is made with the <see cref="OtherName"/> constructor.
    /// </summary>
    public IReadOnlyCollection<OtherName> OtherNames => _otherNames.AsReadOnly();
}
