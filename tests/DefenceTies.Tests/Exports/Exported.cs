using System.Text;
using System.Text.Json;
using DefenceTies.Exports;
using Json.Schema;

namespace DefenceTies.Tests.Exports;

/// <summary>Runs an export into memory and validates JSON against the schemas kept in Exports/Schemas.</summary>
internal static class Exported
{
    private static readonly Lazy<JsonSchema> PopoloSchema = new(() => Load("popolo.schema.json"));

    public static JsonSchema Popolo => PopoloSchema.Value;

    public static async Task<(string Text, long Records)> RunAsync(DefenceTiesDbContext db, ExportFormat format, ExportFilter? filter = null)
    {
        using var stream = new MemoryStream();
        var records = await DefenceTiesExporter.ExportAsync(db, format, stream, filter);
        return (Encoding.UTF8.GetString(stream.ToArray()), records);
    }

    /// <summary>The schema's complaints about <paramref name="json"/>, empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(JsonSchema schema, JsonElement json)
    {
        var results = schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid")];
    }

    private static JsonSchema Load(string file) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Exports", "Schemas", file)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
}
