using System.Text.Json;
using System.Text.Json.Serialization;

namespace DefenceTies.Cli.Output;

/// <summary>The <c>--json</c> output: one document on stdout, camelCase, enums as their names, dates as ISO 8601 text.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static void Write<T>(T value)
    {
        Console.Out.WriteLine(JsonSerializer.Serialize(value, Options));
    }
}
