using System.Text.Json.Nodes;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Drafting;

/// <summary>
/// A fact pack drafted from a report's text (<see cref="FactPackDrafting.Draft"/>): its document block
/// and the candidates found, which no loading path accepts until a person has reviewed each.
/// </summary>
public sealed class FactPackDraft
{
    internal FactPackDraft(string documentKey, PartialDate publishedOn, bool publishedOnFromText, string textFileName, string sha256, IReadOnlyList<DraftCandidate> candidates)
    {
        DocumentKey = documentKey;
        PublishedOn = publishedOn;
        PublishedOnFromText = publishedOnFromText;
        TextFileName = textFileName;
        ContentSha256 = sha256;
        Candidates = candidates;
    }

    /// <summary>The document's key.</summary>
    public string DocumentKey { get; }

    /// <summary>The publication date: the text's <c>date YYYY-MM-DD</c> header, else the one given.</summary>
    public PartialDate PublishedOn { get; }

    /// <summary>Whether <see cref="PublishedOn"/> was read from the text's header rather than given.</summary>
    public bool PublishedOnFromText { get; }

    /// <summary>The name of the text file the pack names (beside the pack).</summary>
    public string TextFileName { get; }

    /// <summary>SHA-256 of the text's UTF-8 bytes, in lower-case hexadecimal.</summary>
    public string ContentSha256 { get; }

    /// <summary>The candidates found, in order of position.</summary>
    public IReadOnlyList<DraftCandidate> Candidates { get; }

    /// <summary>The draft as a format-2 fact pack: the document block, no facts yet, and the candidates, each marked <c>Unreviewed</c>.</summary>
    public string ToJson()
    {
        var candidates = new JsonArray();
        foreach (var c in Candidates)
        {
            var candidate = new JsonObject { ["kind"] = c.Kind, ["value"] = c.Value, ["passage"] = c.Passage, ["position"] = c.Position, ["support"] = "Unreviewed" };
            if (c.Note is not null)
            {
                candidate["note"] = c.Note;
            }

            candidates.Add(candidate);
        }

        var pack = new JsonObject
        {
            ["format"] = "defenceties-fact-pack",
            ["version"] = 2,
            ["document"] = new JsonObject
            {
                ["key"] = DocumentKey,
                ["publishedOn"] = PublishedOn.ToString(),
                ["origin"] = nameof(SourceOrigin.NewsReport),
                ["text"] = TextFileName,
                ["sha256"] = ContentSha256,
            },
            ["facts"] = new JsonArray(),
            ["candidates"] = candidates,
        };
        return pack.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
