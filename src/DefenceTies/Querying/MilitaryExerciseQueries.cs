using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>Queries over <see cref="MilitaryExercise"/>s.</summary>
public static class MilitaryExerciseQueries
{
    /// <summary>Exercises in which the nation took part.</summary>
    /// <param name="exercises">The exercises, such as <c>db.MilitaryExercises</c>.</param>
    /// <param name="nation">An ISO 3166-1 alpha-2 code, such as <c>"TH"</c>; case-insensitive (upper-cased before matching).</param>
    /// <exception cref="ArgumentException">The code is not two letters.</exception>
    public static IQueryable<MilitaryExercise> Involving(this IQueryable<MilitaryExercise> exercises, string nation)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        var code = NationCode.Alpha2(nation, nameof(nation));
        // An uncorrelated IN list rather than EXISTS, for SQLite's planner (see AgreementQueries.Between).
        var participants = (QueryRoots.Table<ExerciseParticipant>(exercises) ?? exercises.SelectMany(x => x.Participants)).Where(p => p.Nation.Alpha2Code == code).Select(p => p.ExerciseId);
        return exercises.Where(x => participants.Contains(x.Id));
    }

    /// <summary>Exercises in which some nation fielded a service of this kind, such as <see cref="OrganisationKind.Army"/>.</summary>
    /// <param name="exercises">The exercises, such as <c>db.MilitaryExercises</c>.</param>
    /// <param name="serviceKind">The kind of service.</param>
    public static IQueryable<MilitaryExercise> InvolvingService(this IQueryable<MilitaryExercise> exercises, OrganisationKind serviceKind)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        return exercises.Where(x => x.Participants.Any(p => p.Service != null && p.Service.Kind == serviceKind));
    }

    /// <summary>Exercises in which the service of exactly this name (ordinal, case-sensitive) took part, such as <c>"Royal Thai Army"</c>.</summary>
    /// <remarks>
    /// To match the name regardless of case, compare upper-cased values instead, which translates on both
    /// providers: <c>db.MilitaryExercises.Where(x =&gt; x.Participants.Any(p =&gt; p.Service != null &amp;&amp; p.Service.Name!.ToUpper() == "ROYAL THAI ARMY"))</c>.
    /// </remarks>
    /// <param name="exercises">The exercises, such as <c>db.MilitaryExercises</c>.</param>
    /// <param name="serviceName">The service's <see cref="Organisation.Name"/>, as stored.</param>
    public static IQueryable<MilitaryExercise> InvolvingService(this IQueryable<MilitaryExercise> exercises, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        return exercises.Where(x => x.Participants.Any(p => p.Service != null && p.Service.Name == serviceName));
    }
}
