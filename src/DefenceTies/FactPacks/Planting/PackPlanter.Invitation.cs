using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known invitation with the same inviter, invitee and event.
internal sealed partial class PackPlanter
{
    /// <summary>
    /// An invitation merges on its inviter, invitee and event; another source's response or date is
    /// a claim on it (<see cref="MergeKeys"/>). A response the pack does not give stays unstated.
    /// </summary>
    private Invitation Invitation(JsonElement f, string path)
    {
        var (inviterNation, inviterPerson) = Party(f, "inviter", path);
        var (inviteeNation, inviteePerson) = Party(f, "invitee", path);
        var engagement = Optional<Engagement>(f, "engagement", path, "engagement");
        var exercise = Optional<MilitaryExercise>(f, "exercise", path, "exercise");
        if ((engagement is null) == (exercise is null))
        {
            throw Fail(path, "an invitation is to one event; expected \"engagement\" or \"exercise\", exactly one of them.");
        }

        var candidate = new Invitation(
            inviterNation,
            inviterPerson,
            inviteeNation,
            inviteePerson,
            engagement,
            exercise,
            Cite(f, path),
            f.TryGetProperty("response", out _) ? Enum<InvitationResponse>(f, "response") : null,
            Date(f, "extendedOn", path));
        var existing = _store.All<Invitation>().FirstOrDefault(i =>
            SameParty(i.InviterNation, i.InviterNationId, i.InviterPerson, i.InviterPersonId, inviterNation, inviterPerson)
            && SameParty(i.InviteeNation, i.InviteeNationId, i.InviteePerson, i.InviteePersonId, inviteeNation, inviteePerson)
            && (engagement is not null
                ? (i.Engagement is not null || i.EngagementId is not null) && Same(i.Engagement, i.EngagementId ?? 0, engagement)
                : (i.Exercise is not null || i.ExerciseId is not null) && Same(i.Exercise, i.ExerciseId ?? 0, exercise!)));
        return Keep(candidate, existing, candidate.Citation);
    }

    /// <summary>One party of an invitation: <c>{side}Nation</c> or <c>{side}Person</c>, exactly one.</summary>
    private (Nation? Nation, Person? Person) Party(JsonElement f, string side, string path)
    {
        var nation = f.TryGetProperty($"{side}Nation", out _) ? Nation(f, $"{side}Nation", path) : null;
        var person = Optional<Person>(f, $"{side}Person", path, "person");
        return (nation, person) switch
        {
            (not null, not null) => throw Fail($"{path}.{side}Person", $"an invitation has one {side}, a nation or a person; expected \"{side}Nation\" or \"{side}Person\", not both."),
            (null, null) => throw Fail(path, $"an invitation names its {side}; expected \"{side}Nation\" or \"{side}Person\"."),
            _ => (nation, person),
        };
    }

    private static bool SameParty(Nation? storedNation, int? storedNationId, Person? storedPerson, int? storedPersonId, Nation? nation, Person? person) =>
        nation is not null
            ? (storedNation is not null || storedNationId is not null) && Same(storedNation, storedNationId ?? 0, nation)
            : (storedPerson is not null || storedPersonId is not null) && Same(storedPerson, storedPersonId ?? 0, person!);
}
