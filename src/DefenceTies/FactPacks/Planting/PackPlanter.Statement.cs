using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    private Statement Statement(JsonElement f, string path)
    {
        var named = f.TryGetProperty("speaker", out _);
        if (f.TryGetProperty("anonymousSource", out var anonymous))
        {
            return named
                ? throw Fail($"{path}.anonymousSource", "the statement names its speaker; expected speaker or anonymousSource, not both.")
                : AnonymousStatement(f, path, anonymous.GetString()!);
        }

        if (!named)
        {
            throw Fail($"{path}.speaker", "the statement has no speaker; expected the id of the person or organisation fact who said it, or anonymousSource for a source the report does not name.");
        }

        foreach (var tie in (string[])["anonymousSourceNation", "anonymousSourceOrganisation"])
        {
            if (f.TryGetProperty(tie, out _))
            {
                throw Fail($"{path}.{tie}", "only an anonymous source is tied to a nation or a body; expected anonymousSource with it, or no tie for a named speaker.");
            }
        }

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

    /// <summary>A statement of a source the report does not name, merged onto a known one with the same description, tie and content.</summary>
    private Statement AnonymousStatement(JsonElement f, string path, string description)
    {
        var nation = f.TryGetProperty("anonymousSourceNation", out _) ? Nation(f, "anonymousSourceNation", path) : null;
        var organisation = Optional<Organisation>(f, "anonymousSourceOrganisation", path, "organisation");
        var content = Text(f, "content")!;
        var citation = Cite(f, path);
        var candidate = Model.Statement.ByAnonymousSource(description, Enum<StatementForm>(f, "form"), content, citation, Date(f, "madeOn", path), nation, organisation);
        var existing = _store.All<Statement>().FirstOrDefault(s => s.AnonymousSource == description && s.Content == content
            && (nation is null ? s.AnonymousSourceNation is null && s.AnonymousSourceNationId is null : Same(s.AnonymousSourceNation, s.AnonymousSourceNationId ?? 0, nation))
            && (organisation is null ? s.AnonymousSourceOrganisation is null && s.AnonymousSourceOrganisationId is null : Same(s.AnonymousSourceOrganisation, s.AnonymousSourceOrganisationId ?? 0, organisation)));
        return Keep(candidate, existing, citation);
    }
}
