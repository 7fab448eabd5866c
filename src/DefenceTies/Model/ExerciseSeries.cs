namespace DefenceTies.Model;

/// <summary>
/// A series of military exercises such as MAITREE or Red Flag: what an exercise's name names, held
/// again and again. Each time it is held is an edition (a <see cref="MilitaryExercise"/>), with its
/// own dates, participants and citation; a series is never an event itself.
/// </summary>
public class ExerciseSeries : CitedEntity
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 200;

    private readonly List<MilitaryExercise> _editions = [];

    /// <summary>For EF Core.</summary>
    protected ExerciseSeries()
    {
    }

    /// <summary>Creates an exercise series.</summary>
    /// <param name="name">The series' name as sources state it (unique), such as <c>"MAITREE"</c>.</param>
    /// <param name="citation">The supporting passage: one that names the series.</param>
    /// <param name="recurrence">How often the series is held, when the source says ("held annually"); <see langword="null"/> otherwise, never assumed.</param>
    public ExerciseSeries(string name, Citation citation, SeriesRecurrence? recurrence = null)
        : base(citation, nameof(ExerciseSeries))
    {
        Validate(name, recurrence);
        Name = name;
        Recurrence = recurrence;
    }

    /// <summary>The series' name, unique among series.</summary>
    public string Name { get; private set; } = null!;

    /// <summary>
    /// How often the series is held, as a source states it ("held annually": <see cref="SeriesRecurrence.Annual"/>);
    /// <see langword="null"/> when no source says. Another source's different recurrence is kept as a competing claim.
    /// </summary>
    public SeriesRecurrence? Recurrence { get; private set; }

    /// <summary>The editions of the series (each time it was held). Filled by EF Core: load it with <c>Include</c>.</summary>
    public IReadOnlyCollection<MilitaryExercise> Editions => _editions.AsReadOnly();

    /// <summary>The rules of a series' fields; the constructor and the bulk path both apply them.</summary>
    /// <exception cref="DomainRuleException">A value breaks a rule.</exception>
    internal static void Validate(string? name, SeriesRecurrence? recurrence = null)
    {
        Guard.Text(name, nameof(ExerciseSeries), nameof(Name), NameMaxLength);
        if (recurrence is { } stated)
        {
            Guard.Defined(stated, nameof(ExerciseSeries), nameof(Recurrence));
        }
    }

    /// <summary>
    /// Adds an edition: one time the series was held. An edition is identified by its series and its
    /// start date, so a second edition with the same start date is refused (an undated edition is
    /// told apart by nothing, and may be added again).
    /// </summary>
    /// <param name="citation">The supporting passage of the edition.</param>
    /// <param name="startedOn">When it began, if stated.</param>
    /// <param name="endedOn">When it ended, if stated.</param>
    /// <param name="name">The edition's own name when the source gives one (such as <c>"MAITREE 2024"</c>); <see langword="null"/> otherwise, never invented.</param>
    /// <param name="editionNumber">Which edition it is, when the source counts ("the third edition": 3).</param>
    /// <returns>The edition, saved with the series.</returns>
    /// <remarks>The check reads what is loaded: with <see cref="Editions"/> not loaded, a second edition with the same start date is refused by the database's unique index when saved.</remarks>
    /// <exception cref="DomainRuleException">A value breaks a rule of <see cref="MilitaryExercise"/>, or the series has an edition with that start date.</exception>
    public MilitaryExercise AddEdition(Citation citation, PartialDate? startedOn = null, PartialDate? endedOn = null, string? name = null, int? editionNumber = null)
    {
        if (startedOn is not null && _editions.Any(e => e.StartedOn == startedOn))
        {
            throw MilitaryExercise.EditionTwice(startedOn);
        }

        var edition = new MilitaryExercise(this, citation, startedOn, endedOn, name, editionNumber);
        _editions.Add(edition);
        return edition;
    }
}
