using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    private Statement Statement(JsonElement f, string path)
    {
        var speaker = Reference<Entity>(f, "speaker", path, "person", "organisation");
        var form = Enum<StatementForm>(f, "form");
        var content = Text(f, "content")!;
        var madeOn = Date(f, "madeOn", path);
        var citation = Cite(f, path);
        Statement candidate;
        Statement? existing;
        if (speaker is Person person)
        {
            candidate = Model.Statement.ByPerson(person, form, content, citation, madeOn);
            existing = _store.All<Statement>().FirstOrDefault(s => Same(s.SpeakerPerson, s.SpeakerPersonId ?? 0, person) && s.Content == content);
        }
        else
        {
            var organisation = (Organisation)speaker;
            candidate = Model.Statement.ByOrganisation(organisation, form, content, citation, madeOn);
            existing = _store.All<Statement>().FirstOrDefault(s => Same(s.SpeakerOrganisation, s.SpeakerOrganisationId ?? 0, organisation) && s.Content == content);
        }

        return Keep(candidate, existing, citation);
    }
}
