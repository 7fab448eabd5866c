using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    private MilitaryExercise Exercise(JsonElement f, string path)
    {
        var startedOn = Date(f, "startedOn", path);
        var endedOn = Date(f, "endedOn", path);
        var exercise = Named(f, path, name => new MilitaryExercise(name, Cite(f, path), startedOn, endedOn));
        Links(f, "participants", path, (link, linkPath) =>
        {
            var nation = Nation(link, "nation", linkPath);
            var service = Optional<Organisation>(link, "service", linkPath, "organisation");
            var citation = Cite(link, linkPath);
            Link(exercise.Participants.FirstOrDefault(p => Same(p.Nation, p.NationId, nation)), citation, () => exercise.AddParticipant(nation, citation, service));
        });
        return exercise;
    }
}
