using System.Text;
using System.Text.Json.Nodes;

namespace DefenceTies.UnitTests.FactPacks;

/// <summary>
/// The "Reference" section of docs/fact-packs.md, rendered from the schema's definitions: the pack,
/// the document and the citation, each fact type with its properties, and each vocabulary with its
/// values. Only the schema is written by hand; <see cref="PackDefinitionTests"/> keeps the section equal to this.
/// </summary>
internal static class PackReference
{
    public const string Begin = "<!-- generated from src/DefenceTies/FactPacks/fact-pack.schema.json by PackDefinitionTests: do not edit by hand -->";
    public const string End = "<!-- end of the generated reference -->";

    public static string Render(JsonObject schema)
    {
        var defs = schema["$defs"]!.AsObject();
        var md = new StringBuilder();
        md.Append(Begin).Append("\n\n");
        md.Append("Every property and every value of the format, with its definition as the schema gives it (your\n");
        md.Append("editor shows the same text when it reads the schema). Required properties are in bold.\n\n");

        Section(md, "The pack", schema, defs);
        Section(md, "`document`", schema["properties"]!["document"]!.AsObject(), defs);
        Section(md, "`cite`", defs["cite"]!.AsObject(), defs);
        Section(md, "`corroborates`: a fact reference", defs["factReference"]!.AsObject(), defs);

        md.Append("### The facts, type by type\n\n");
        foreach (var (type, _) in PackDefinitions.Values(defs["fact"]!["properties"]!["type"])!)
        {
            Section(md, $"`{type}`", defs[type + "Fact"]!.AsObject(), defs, level: "####");
        }

        md.Append("### Vocabularies\n\n");
        foreach (var (name, def) in defs.Where(d => PackDefinitions.Values(d.Value) is not null))
        {
            md.Append("#### `").Append(name).Append("`\n\n").Append(Cell(Text(def))).Append("\n\n");
            md.Append("| value | definition |\n|---|---|\n");
            foreach (var (value, definition) in PackDefinitions.Values(def)!)
            {
                md.Append("| `").Append(value).Append("` | ").Append(Cell(definition)).Append(" |\n");
            }

            md.Append('\n');
        }

        md.Append(End);
        return md.ToString();
    }

    private static void Section(StringBuilder md, string title, JsonObject schema, JsonObject defs, string level = "###")
    {
        md.Append(level).Append(' ').Append(title).Append("\n\n");
        if (Text(schema) is { Length: > 0 } description)
        {
            md.Append(Cell(description)).Append("\n\n");
        }

        md.Append("| property | value | definition |\n|---|---|---|\n");
        Rows(md, schema, "", defs);
        md.Append('\n');
    }

    /// <summary>A row per property; the properties of a list's items follow it, as <c>list[].property</c>.</summary>
    private static void Rows(StringBuilder md, JsonObject schema, string prefix, JsonObject defs)
    {
        var required = schema["required"]?.AsArray().Select(r => (string)r!).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var (name, node) in schema["properties"]!.AsObject())
        {
            var property = node!.AsObject();
            var label = $"`{prefix}{name}`";
            md.Append("| ").Append(required.Contains(name) ? $"**{label}**" : label).Append(" | ").Append(Kind(property, defs)).Append(" | ").Append(Cell(Text(property))).Append(" |\n");
            if (Item(property, defs) is { } items)
            {
                Rows(md, items, $"{prefix}{name}[].", defs);
            }
        }
    }

    /// <summary>The object schema of a list's items (followed through a <c>$ref</c>), or <see langword="null"/> when they are not closed objects.</summary>
    private static JsonObject? Item(JsonObject property, JsonObject defs)
    {
        var items = property["items"] as JsonObject;
        if ((string?)items?["$ref"] is { } reference)
        {
            items = defs[reference[(reference.LastIndexOf('/') + 1)..]] as JsonObject;
        }

        // Only a closed object is shown property by property; a fact (open: its type decides) has sections of its own.
        return items?["properties"] is not null && items["additionalProperties"] is JsonValue closed && !closed.GetValue<bool>() ? items : null;
    }

    /// <summary>What a property holds, in a few words: a vocabulary by name (linked to its table), a form, a fixed value.</summary>
    private static string Kind(JsonObject property, JsonObject defs)
    {
        if (property["const"] is { } constant)
        {
            return $"`{constant.ToJsonString()}`";
        }

        // Either of several forms (a flag or a reference), not a vocabulary.
        if (property["oneOf"] is JsonArray forms && PackDefinitions.Values(property) is null)
        {
            return string.Join(" or ", forms.Select(f => Kind(f!.AsObject(), defs)));
        }

        if (property["items"] is JsonObject items)
        {
            return Item(property, defs) is not null ? "list" : $"list of {Kind(items, defs)}";
        }

        if ((string?)property["$ref"] is { } reference)
        {
            var name = reference[(reference.LastIndexOf('/') + 1)..];
            return PackDefinitions.Values(defs[name]) is not null
                ? $"[{name}](#{name.ToLowerInvariant()})"
                : name switch
                {
                    "text" => "text",
                    "date" => "date",
                    "nation" => "nation code",
                    "id" => "id",
                    "ref" => "id of a fact",
                    "cite" => "[cite](#cite)",
                    "factReference" => "[fact reference](#corroborates-a-fact-reference)",
                    "fact" => "[fact](#the-facts-type-by-type)",
                    _ => name,
                };
        }

        return (string?)property["type"] switch
        {
            "boolean" => "`true` or `false`",
            "integer" => "whole number",
            "string" => "text",
            "object" => "object",
            _ => "",
        };
    }

    private static string Text(JsonNode? node) => (string?)node?["description"] ?? "";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
