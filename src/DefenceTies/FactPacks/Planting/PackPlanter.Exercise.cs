using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// An exercise fact plants two facts with natural keys: its series, found or created by name, and
// the edition, merged onto the series' edition with the same start date.
internal sealed partial class PackPlanter
{
    private MilitaryExercise Exercise(JsonElement f, string path)
    {
        var startedOn = Date(f, "startedOn", path);
        var endedOn = Date(f, "endedOn", path);
        var series = Series(f, path);
        var citation = Cite(f, path);
        var candidate = new MilitaryExercise(series, citation, startedOn, endedOn, Text(f, "edition"), f.TryGetProperty("editionNumber", out var number) ? number.GetInt32() : null);
        var exercise = Keep(candidate, Edition(series, startedOn, path), citation);
        Links(f, "participants", path, (link, linkPath) =>
        {
            var nation = Nation(link, "nation", linkPath);
            var service = Optional<Organisation>(link, "service", linkPath, "organisation");
            ParticipationRole? statedRole = link.TryGetProperty("role", out _) ? Enum<ParticipationRole>(link, "role") : null;
            var linkCitation = Cite(link, linkPath);
            var participant = Link(exercise.Participants.FirstOrDefault(p => Same(p.Nation, p.NationId, nation)), linkCitation, () => exercise.AddParticipant(nation, linkCitation, service, statedRole ?? ParticipationRole.Participant), (nameof(ExerciseParticipant.Role), statedRole));

            // What the nation contributes, each as the source counts it; another source's number is a claim.
            if (link.TryGetProperty("contributions", out _))
            {
                Links(link, "contributions", linkPath, (c, contributionPath) =>
                {
                    var kind = Enum<ContributionKind>(c, "kind");
                    var unit = Text(c, "unit")!;
                    int? quantity = c.TryGetProperty("quantity", out var q) ? q.GetInt32() : null;
                    var contributionCitation = Cite(c, contributionPath);
                    var known = participant.Contributions.FirstOrDefault(k => k.Kind == kind && string.Equals(k.Unit, unit, StringComparison.OrdinalIgnoreCase));
                    Link(known, contributionCitation, () => participant.AddContribution(kind, quantity, unit, contributionCitation), (nameof(ForceContribution.Quantity), quantity));
                });
            }
        });

        // Where the edition took place: each place in its role merges onto the known one.
        if (f.TryGetProperty("places", out _))
        {
            Links(f, "places", path, (link, linkPath) =>
            {
                var place = Reference<Region>(link, "region", linkPath, "region");
                var role = Enum<ExercisePlaceRole>(link, "role");
                var linkCitation = Cite(link, linkPath);
                var known = exercise.Places.FirstOrDefault(p => p.Role == role && Same(p.Place, p.PlaceId, place));
                if (known is not null && Cites(_document, known))
                {
                    throw Fail($"{linkPath}.region", $"this pack already places the exercise at '{place.Name}' as its {role}; expected each place once in a role.");
                }

                Link(known, linkCitation, () => exercise.AddPlace(place, role, linkCitation));
            });
        }

        return exercise;
    }

    /// <summary>
    /// The series the fact's <c>name</c> names: the known one, cited again, or a new one. Its citation
    /// is the one that states the name (the fact's <c>valueCites.name</c>, else its <c>cite</c>): a
    /// citation row of its own, so each edition keeps its citation as its own primary one. The fact's
    /// <c>recurrence</c> is a value of the series, cited by <c>valueCites.recurrence</c> or else the
    /// fact's <c>cite</c> (again a row of its own): a new series holds it with that citation as its
    /// own, a known series without one gains it, and a known series with another keeps both (a
    /// competing claim), never overwritten.
    /// </summary>
    private ExerciseSeries Series(JsonElement f, string path)
    {
        var name = Text(f, "name")!;
        var valueCites = f.TryGetProperty("valueCites", out var cites) ? cites : default;
        var citation = valueCites.ValueKind == JsonValueKind.Object && valueCites.TryGetProperty("name", out var nameCite)
            ? CiteFrom(nameCite, $"{path}.valueCites.name")
            : Cite(f, path);
        SeriesRecurrence? recurrence = f.TryGetProperty("recurrence", out _) ? Enum<SeriesRecurrence>(f, "recurrence") : null;
        var recurrenceCitation = recurrence is null ? null
            : valueCites.ValueKind == JsonValueKind.Object && valueCites.TryGetProperty("recurrence", out var recurrenceCite)
                ? CiteFrom(recurrenceCite, $"{path}.valueCites.recurrence")
                : Cite(f, path);
        var series = new ExerciseSeries(name, citation, recurrence);
        if (recurrenceCitation is not null)
        {
            series.CiteValue(nameof(ExerciseSeries.Recurrence), recurrenceCitation);
        }

        Check(series, series.CitationOf, path);
        var existing = _store.All<ExerciseSeries>().FirstOrDefault(s => s.Name == name);
        if (existing is not null)
        {
            citation.Corroborate(existing);
            _store.AddCitation(citation);
            Count(nameof(ExerciseSeries), added: false);
            if (recurrenceCitation is not null)
            {
                _store.AddCitation(recurrenceCitation);
                Record(existing.Claim(nameof(ExerciseSeries.Recurrence), recurrence, recurrenceCitation, ownCitation: true), "recurrence");
            }

            return existing;
        }

        _store.Add(series);
        _addedBy.TryAdd(series, path);
        Count(nameof(ExerciseSeries), added: true);
        return series;
    }

    /// <summary>
    /// The known edition of <paramref name="series"/> this report restates, by its key: the one with the
    /// same start date, or the one a coarser start date contains (2024 restates the edition of
    /// 2024-07-01: <see cref="ClaimValues.Agrees"/>); an undated report restates the undated edition.
    /// The start date takes no competing claim, so a date that only a stored coarser one contains
    /// (2024-07-01 against a stored 2024), or a coarse date containing several editions, is refused.
    /// </summary>
    private MilitaryExercise? Edition(ExerciseSeries series, PartialDate? startedOn, string path)
    {
        var editions = _store.All<MilitaryExercise>().Where(e => Same(e.Series, e.SeriesId, series)).ToList();
        if (startedOn is null)
        {
            return editions.FirstOrDefault(e => e.StartedOn is null);
        }

        var restated = editions.Where(e => e.StartedOn is not null && Model.ClaimValues.Agrees(e.StartedOn, startedOn)).ToList();
        if (restated.Count > 1)
        {
            throw Fail($"{path}.startedOn", $"{restated.Count} known editions of {series.Name} started within {startedOn} ({string.Join(", ", restated.Select(e => $"{e.StartedOn}, {Describe(e)}"))}); a pack cannot say which one it restates: give its start date as precisely as it is stored.");
        }

        if (restated.Count == 1)
        {
            return restated[0];
        }

        var coarser = editions.FirstOrDefault(e => e.StartedOn is { } stored && Model.ClaimValues.Agrees(startedOn, stored));
        return coarser is null ? null
            : throw Fail($"{path}.startedOn", $"a known edition of {series.Name} started in {coarser.StartedOn} ({Describe(coarser)}), which contains {startedOn}; an edition's start date is part of its key and takes no competing claim: write {coarser.StartedOn} if this report restates that edition, or correct the stored edition.");
    }
}
