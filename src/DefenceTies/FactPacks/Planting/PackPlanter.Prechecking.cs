using System.Text.Json;
using System.Text.Json.Nodes;

namespace DefenceTies.FactPacks.Planting;

/// <summary>
/// Every problem of a fact at once: before a fact is built, each of its values that can be checked
/// on its own — dates, nation codes, references to earlier facts, citations, in the fact and in
/// every link inside it — is checked, guided by the schema's definition of the fact type, and all
/// problems are recorded. A fact with any is refused whole; building it would stop at the first.
/// </summary>
internal sealed partial class PackPlanter
{
    private void Precheck(JsonElement fact, string type, string path)
    {
        var before = _problems.Count;
        if (_pack.Version < 2 && fact.TryGetProperty("valueCites", out _))
        {
            _problems.Add(new($"{path}.valueCites", "version 1 has no valueCites; write the pack in version 2 (every fact with an id) to cite a value on its own."));
        }

        if (_pack.Version < 2 && fact.TryGetProperty("corroborates", out var corroborates) && corroborates.ValueKind == JsonValueKind.Object)
        {
            _problems.Add(new($"{path}.corroborates", "version 1 says only true or false; write the pack in version 2 (every fact with an id) to name the stored fact it restates by its reference."));
        }

        Walk(fact, PackSchema.Definition($"{type}Fact"), path);
        if (_problems.Count > before)
        {
            throw new SkipFact();
        }
    }

    /// <summary>Checks the values of one object of the pack against the kinds its schema gives them.</summary>
    private void Walk(JsonElement value, JsonNode schema, string path)
    {
        if (value.ValueKind != JsonValueKind.Object || schema["properties"] is not JsonObject properties)
        {
            return;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (properties[property.Name] is not JsonObject definition)
            {
                continue;
            }

            var propertyPath = $"{path}.{property.Name}";
            switch (definition["$ref"]?.GetValue<string>())
            {
                case "#/$defs/date":
                    Soft(() => Date(value, property.Name, path));
                    break;
                case "#/$defs/nation":
                    Soft(() => Nation(value, property.Name, path));
                    break;
                case "#/$defs/ref":
                    Soft(() => Declaration(value, property.Name, path, []));
                    break;
                case "#/$defs/cite":
                    Soft(() => CiteFrom(property.Value, propertyPath));
                    break;
                case { } reference:
                    Walk(property.Value, PackSchema.Definition(reference["#/$defs/".Length..]), propertyPath);
                    break;
                case null when definition["type"]?.GetValue<string>() == "array" && definition["items"] is JsonObject items:
                    var i = 0;
                    var itemSchema = items["$ref"]?.GetValue<string>() is { } itemRef ? PackSchema.Definition(itemRef["#/$defs/".Length..]) : items;
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        Walk(item, itemSchema, $"{propertyPath}[{i++}]");
                    }

                    break;
                case null:
                    Walk(property.Value, definition, propertyPath);
                    break;
            }
        }
    }

    /// <summary>Runs one check, keeping the problem it records and going on.</summary>
    private void Soft(Action check) => Guarded(_plantingPath!, check);
}
