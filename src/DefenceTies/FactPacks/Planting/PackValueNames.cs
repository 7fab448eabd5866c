using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

/// <summary>
/// How a pack names a fact's values and how the model does: the pack's property is the model's in
/// camel case (<c>concludedOn</c> for <see cref="Agreement.ConcludedOn"/>), except where the pack
/// folds two model properties into one (a statement's <c>speaker</c>) or words it otherwise (a
/// delegation member's <c>post</c>, the model's <see cref="DelegationMember.Capacity"/>; an exercise's
/// <c>name</c>, which names its <see cref="MilitaryExercise.Series"/>, and <c>edition</c>, the
/// edition's own <see cref="MilitaryExercise.Name"/>). An exercise's <c>recurrence</c> is a value
/// of its series (<see cref="ExerciseSeries.Recurrence"/>), not of the edition: its valueCites
/// entry is routed to the series (<see cref="OfAnotherFact"/>).
/// </summary>
internal static class PackValueNames
{
    /// <summary>The model's property for the pack's <paramref name="jsonName"/> on <paramref name="fact"/>.</summary>
    public static string ModelProperty(CitedEntity fact, string jsonName) => (fact, jsonName) switch
    {
        (Statement s, "speaker") => s.SpeakerPerson is not null ? nameof(Model.Statement.SpeakerPerson) : nameof(Model.Statement.SpeakerOrganisation),
        (DelegationMember, "post") => nameof(DelegationMember.Capacity),
        (MilitaryExercise, "name") => nameof(MilitaryExercise.Series),
        (MilitaryExercise, "edition") => nameof(MilitaryExercise.Name),
        _ => char.ToUpperInvariant(jsonName[0]) + jsonName[1..],
    };

    /// <summary>
    /// Whether the pack's <paramref name="jsonName"/> on <paramref name="fact"/> is a value of another
    /// fact the same pack fact plants (an exercise's <c>recurrence</c>, its series'), so its
    /// <c>valueCites</c> entry cites that fact's value, not this one's.
    /// </summary>
    public static bool OfAnotherFact(CitedEntity fact, string jsonName) => (fact, jsonName) is (MilitaryExercise, "recurrence");

    /// <summary>The pack's property for the model's <paramref name="property"/> on <paramref name="fact"/>.</summary>
    public static string JsonProperty(object fact, string property) => (fact, property) switch
    {
        (Statement, nameof(Model.Statement.SpeakerPerson) or nameof(Model.Statement.SpeakerOrganisation)) => "speaker",
        (DelegationMember, nameof(DelegationMember.Capacity)) => "post",
        (MilitaryExercise, nameof(MilitaryExercise.Series)) => "name",
        (MilitaryExercise, nameof(MilitaryExercise.Name)) => "edition",
        _ => char.ToLowerInvariant(property[0]) + property[1..],
    };
}
