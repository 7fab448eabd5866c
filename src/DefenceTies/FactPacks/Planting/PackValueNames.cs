using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

/// <summary>
/// How a pack names a fact's values and how the model does: the pack's property is the model's in
/// camel case (<c>concludedOn</c> for <see cref="Agreement.ConcludedOn"/>), except where the pack
/// folds two model properties into one (a statement's <c>speaker</c>) or words it otherwise (a
/// delegation member's <c>post</c>, the model's <see cref="DelegationMember.Capacity"/>).
/// </summary>
internal static class PackValueNames
{
    /// <summary>The model's property for the pack's <paramref name="jsonName"/> on <paramref name="fact"/>.</summary>
    public static string ModelProperty(CitedEntity fact, string jsonName) => (fact, jsonName) switch
    {
        (Statement s, "speaker") => s.SpeakerPerson is not null ? nameof(Model.Statement.SpeakerPerson) : nameof(Model.Statement.SpeakerOrganisation),
        (DelegationMember, "post") => nameof(DelegationMember.Capacity),
        _ => char.ToUpperInvariant(jsonName[0]) + jsonName[1..],
    };

    /// <summary>The pack's property for the model's <paramref name="property"/> on <paramref name="fact"/>.</summary>
    public static string JsonProperty(object fact, string property) => (fact, property) switch
    {
        (Statement, nameof(Model.Statement.SpeakerPerson) or nameof(Model.Statement.SpeakerOrganisation)) => "speaker",
        (DelegationMember, nameof(DelegationMember.Capacity)) => "post",
        _ => char.ToLowerInvariant(property[0]) + property[1..],
    };
}
