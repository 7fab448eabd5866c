using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace DefenceTies.FactPacks;

/// <summary>
/// The JSON Schema of the fact-pack format (<c>fact-pack.schema.json</c>, embedded), and the
/// translation of its findings into <see cref="FactPackProblem"/>s an analyst can act on.
/// </summary>
internal static class PackSchema
{
    private const string ResourceName = "DefenceTies.FactPacks.fact-pack.schema.json";

    private static readonly Lazy<(string Text, JsonSchema Schema, JsonNode Node)> Loaded = new(() =>
    {
        using var stream = typeof(PackSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded schema '{ResourceName}' is missing from the DefenceTies assembly.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        // A schema of its own build: its $id must not clash with another copy registered in the
        // global registry by another load context, so it is built with a private registry.
        var schema = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        return (text, schema, JsonNode.Parse(text)!);
    });

    /// <summary>The schema file's text, as shipped.</summary>
    public static string Text => Loaded.Value.Text;

    /// <summary>The schema's definition <c>$defs/<paramref name="name"/></c>, such as <c>agreementFact</c>.</summary>
    /// <exception cref="InvalidOperationException">The schema has no such definition.</exception>
    public static JsonNode Definition(string name) =>
        Loaded.Value.Node["$defs"]?[name] ?? throw new InvalidOperationException($"The fact-pack schema has no definition '{name}'.");

    /// <summary>Every place where <paramref name="pack"/> breaks the schema.</summary>
    public static List<FactPackProblem> Check(JsonElement pack)
    {
        var results = Loaded.Value.Schema.Evaluate(pack, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var problems = new List<FactPackProblem>();
        var vocabularyMisses = new Dictionary<string, int>(StringComparer.Ordinal);
        if (results.IsValid)
        {
            return problems;
        }

        foreach (var detail in results.Details ?? [])
        {
            // An "if" that fails only picks the branch; it is not a problem of the pack.
            if (detail.Errors is null || detail.EvaluationPath.ToString().Split('/').Contains("if"))
            {
                continue;
            }

            var location = detail.SchemaLocation.OriginalString;
            var pointer = location.Contains('#', StringComparison.Ordinal) ? location[(location.IndexOf('#', StringComparison.Ordinal) + 1)..] : "";
            // A vocabulary is a "oneOf" of one "const" per value, and the evaluation reports each
            // value the instance is not (even when it is another one). Only an instance that is
            // none of them is a problem: reported once, naming the values allowed.
            if (VocabularyOf(pointer) is { } vocabulary)
            {
                var instance = detail.InstanceLocation.ToString();
                var evaluation = detail.EvaluationPath.ToString();
                var applied = instance + " " + evaluation[..evaluation.LastIndexOf("/oneOf/", StringComparison.Ordinal)];
                var misses = vocabularyMisses[applied] = vocabularyMisses.GetValueOrDefault(applied) + 1;
                if (misses == Values(Resolve(vocabulary))!.Count)
                {
                    problems.Add(new(JsonPath(instance), Explain("enum", "", vocabulary, "")));
                }

                continue;
            }

            foreach (var (keyword, message) in detail.Errors)
            {
                var instance = detail.InstanceLocation.ToString();
                problems.Add(new(JsonPath(instance), Explain(keyword, message, pointer, instance[(instance.LastIndexOf('/') + 1)..])));
            }
        }

        return [.. problems.Distinct()];
    }

    private static string Explain(string keyword, string message, string pointer, string property) => keyword switch
    {
        "enum" when Values(Resolve(pointer)) is { } values => $"the value is not one of the format's; expected one of: {string.Join(", ", values.Select(v => v.ToJsonString()))}.",
        "const" => $"expected {Resolve(pointer)?["const"]?.ToJsonString()}.",
        "pattern" => Resolve(pointer)?["description"]?.GetValue<string>() is { } description
            ? $"the value does not have the required form; expected {char.ToLowerInvariant(description[0])}{description[1..]}"
            : $"{message}.",
        "" or "false" => $"the property \"{property}\" is not part of the format here; expected only: {string.Join(", ", AllowedNames(pointer))}.",
        _ => message.EndsWith('.') ? message : message + ".",
    };

    /// <summary>
    /// The values a vocabulary admits: a schema whose <c>oneOf</c> lists one <c>const</c> per value
    /// (each with its definition in <c>description</c>), or a plain <c>enum</c>; otherwise <see langword="null"/>.
    /// </summary>
    private static IReadOnlyList<JsonNode>? Values(JsonNode? schema)
    {
        if (schema?["enum"] is JsonArray values)
        {
            return [.. values.Select(v => v!)];
        }

        return schema?["oneOf"] is JsonArray { Count: > 0 } branches && branches.All(b => b is JsonObject o && o.ContainsKey("const"))
            ? [.. branches.Select(b => b!["const"]!)]
            : null;
    }

    /// <summary>When <paramref name="pointer"/> is one value (<c>…/oneOf/2</c>) of a vocabulary's <c>oneOf</c>, the vocabulary's pointer; otherwise <see langword="null"/>.</summary>
    private static string? VocabularyOf(string pointer)
    {
        var cut = pointer.LastIndexOf("/oneOf/", StringComparison.Ordinal);
        return cut >= 0 && int.TryParse(pointer[(cut + "/oneOf/".Length)..], out _) && Values(Resolve(pointer[..cut])) is not null ? pointer[..cut] : null;
    }

    /// <summary>The properties an object schema allows, from the location of its <c>additionalProperties</c>.</summary>
    private static IEnumerable<string> AllowedNames(string pointer)
    {
        var owner = pointer.Contains("/additionalProperties", StringComparison.Ordinal) ? pointer[..pointer.IndexOf("/additionalProperties", StringComparison.Ordinal)] : pointer;
        return Resolve(owner)?["properties"]?.AsObject().Select(p => p.Key).Where(k => k != "$schema") ?? ["see docs/fact-packs.md"];
    }

    private static JsonNode? Resolve(string fragment)
    {
        var pointer = Uri.UnescapeDataString(fragment);
        var node = (JsonNode?)Loaded.Value.Node;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject o => o[name],
                JsonArray a when int.TryParse(name, out var i) && i < a.Count => a[i],
                _ => null,
            };
        }

        return node;
    }

    /// <summary>A JSON pointer (<c>/facts/3/cite</c>) as a JSON path (<c>$.facts[3].cite</c>).</summary>
    public static string JsonPath(string pointer)
    {
        var path = new System.Text.StringBuilder("$");
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path.Append(int.TryParse(name, out _) ? $"[{name}]" : $".{name}");
        }

        return path.ToString();
    }
}
