using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using DefenceTies.FactPacks;
using DefenceTies.Seeding.Reports;

namespace DefenceTies.UnitTests.FactPacks;

/// <summary>The embedded report's pack as editable JSON, and reading an edited copy back.</summary>
internal static class PackEditor
{
    public static string ReportText { get; } = ReadResource(IndiaThailandCoProductionReport.FileName);

    public static JsonObject Report() => JsonNode.Parse(ReadResource(IndiaThailandCoProductionReport.PackFileName))!.AsObject();

    public static JsonObject Fact(JsonObject pack, int index) => pack["facts"]![index]!.AsObject();

    /// <summary>The index of the fact with this id.</summary>
    public static int IndexOf(JsonObject pack, string id) =>
        pack["facts"]!.AsArray().Select((f, i) => (f, i)).Single(x => (string?)x.f!["id"] == id).i;

    public static FactPack Read(JsonNode pack, string? text = null)
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(pack.ToJsonString()));
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(text ?? ReportText));
        return FactPack.Read(json, body, "edited.json");
    }

    public static IReadOnlyList<FactPackProblem> Problems(JsonNode pack, string? text = null)
    {
        try
        {
            Read(pack, text);
            return [];
        }
        catch (FactPackException ex)
        {
            return ex.Problems;
        }
    }

    /// <summary>A pack over a new text: the document's key and SHA-256 follow the text.</summary>
    public static JsonObject WithText(JsonObject pack, string text, string key)
    {
        pack["document"]!["key"] = key;
        pack["document"]!["sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return pack;
    }

    private static string ReadResource(string fileName)
    {
        using var stream = typeof(IndiaThailandCoProductionReport).Assembly.GetManifestResourceStream($"DefenceTies.Seeding.Reports.{fileName}")!;
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return reader.ReadToEnd();
    }
}
