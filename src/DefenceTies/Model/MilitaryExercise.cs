namespace DefenceTies.Model;

/// <summary>
/// One edition of a military exercise series (see <see cref="ExerciseSeries"/>): MAITREE as held in
/// 2024, with its dates and the nations and services taking part. Identified by its series and
/// start date; created through <see cref="ExerciseSeries.AddEdition"/>.
/// </summary>
public class MilitaryExercise : CitedEntity
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 200;

    private readonly List<ExerciseParticipant> _participants = [];
    private readonly List<ExercisePlace> _places = [];

    /// <summary>For EF Core.</summary>
    protected MilitaryExercise()
    {
    }

    // Through ExerciseSeries.AddEdition; the fact-pack import builds a candidate here and keeps it only
    // when no known edition has its key (tracking it then adds it to the series' editions).
    internal MilitaryExercise(ExerciseSeries series, Citation citation, PartialDate? startedOn, PartialDate? endedOn, string? name, int? editionNumber = null)
        : base(citation, nameof(MilitaryExercise))
    {
        Series = Guard.NotNull(series, nameof(MilitaryExercise), nameof(Series));
        Validate(name, startedOn, endedOn, editionNumber);

        Name = name;
        StartedOn = startedOn;
        EndedOn = endedOn;
        EditionNumber = editionNumber;
    }

    /// <summary>Which edition of its series it is, when the source counts ("the third edition": 3).</summary>
    public int? EditionNumber { get; private set; }

    /// <summary>The key of <see cref="Series"/>.</summary>
    public int SeriesId { get; private set; }

    /// <summary>The series this is an edition of.</summary>
    public ExerciseSeries Series { get; private set; } = null!;

    /// <summary>
    /// The edition's own name when the source gives one, such as <c>"MAITREE 2024"</c> (not unique);
    /// <see langword="null"/> when the source names only the series.
    /// </summary>
    public string? Name { get; private set; }

    /// <summary>When it began, if stated: with <see cref="Series"/>, what identifies the edition.</summary>
    public PartialDate? StartedOn { get; private set; }

    /// <summary>When it ended, if stated.</summary>
    public PartialDate? EndedOn { get; private set; }

    /// <summary>The nations and services taking part.</summary>
    public IReadOnlyCollection<ExerciseParticipant> Participants => _participants.AsReadOnly();

    /// <summary>Where it took place: its area and the bases it was held at or staged from, each cited.</summary>
    public IReadOnlyCollection<ExercisePlace> Places => _places.AsReadOnly();

    /// <summary>Adds a place where the edition took place, in a role (its area, a base).</summary>
    /// <exception cref="DomainRuleException">The place is already listed in that role.</exception>
    public ExercisePlace AddPlace(Region place, ExercisePlaceRole role, Citation citation)
    {
        ArgumentNullException.ThrowIfNull(place);
        if (_places.Any(p => p.Role == role && (ReferenceEquals(p.Place, place) || (place.Id > 0 && p.PlaceId == place.Id))))
        {
            throw new DomainRuleException(nameof(ExercisePlace), nameof(ExercisePlace.Place), place.Name, $"the place is already listed as the exercise's {role}.");
        }

        var added = new ExercisePlace(this, place, role, citation);
        _places.Add(added);
        return added;
    }

    /// <summary>The rules of an edition's fields; the constructor and the bulk path both apply them.</summary>
    /// <exception cref="DomainRuleException">A value breaks a rule.</exception>
    internal static void Validate(string? name, PartialDate? startedOn, PartialDate? endedOn, int? editionNumber = null)
    {
        if (editionNumber is <= 0)
        {
            throw new DomainRuleException(nameof(MilitaryExercise), nameof(EditionNumber), editionNumber, "an edition number counts from 1 (\"the third edition\": 3).");
        }

        Guard.OptionalText(name, nameof(MilitaryExercise), nameof(Name), NameMaxLength);
        Guard.OptionalDate(startedOn, nameof(MilitaryExercise), nameof(StartedOn));
        Guard.OptionalDate(endedOn, nameof(MilitaryExercise), nameof(EndedOn));
        Guard.Ordered(startedOn, endedOn, nameof(MilitaryExercise), nameof(EndedOn));
    }

    /// <summary>The error for a second edition of one series with the same start date.</summary>
    /// <param name="startedOn">The start date, as the caller knows it.</param>
    internal static DomainRuleException EditionTwice(object? startedOn) =>
        new(nameof(MilitaryExercise), nameof(StartedOn), startedOn, "the series already has an edition that started then; an edition is identified by its series and start date.");

    /// <summary>Adds a participating nation, with the service that took part when the source names it.</summary>
    /// <exception cref="DomainRuleException">The service belongs to another nation, or the nation is already listed.</exception>
    public ExerciseParticipant AddParticipant(Nation nation, Citation citation, Organisation? service = null, ParticipationRole role = ParticipationRole.Participant)
    {
        ArgumentNullException.ThrowIfNull(nation);
        if (service is not null && !ReferenceEquals(service.Nation, nation))
        {
            throw ExerciseParticipant.ServiceOfAnotherNation(service.DisplayName, nation.Alpha2Code);
        }

        if (_participants.Any(p => ReferenceEquals(p.Nation, nation)))
        {
            throw ExerciseParticipant.NationTwice(nation.Alpha2Code);
        }

        var participant = new ExerciseParticipant(this, nation, service, citation, role);
        _participants.Add(participant);
        return participant;
    }
}
