using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DefenceTies.UnitTests.FactPacks;

/// <summary>
/// Reads the definitions the pack format carries: the <c>description</c> of every property and of
/// every value of a vocabulary in <c>fact-pack.schema.json</c>, and the model's XML documentation
/// of the same vocabularies. A vocabulary is written as <c>"oneOf": [{ "const": …, "description": … }]</c>.
/// </summary>
internal static partial class PackDefinitions
{
    /// <summary>
    /// Every place of <paramref name="schema"/> that lacks a definition, as a JSON pointer: a
    /// property under <c>properties</c> (at any depth, <c>$defs</c> and array items included), an
    /// entry of <c>$defs</c>, a value of a <c>oneOf</c> of consts, and every value of a plain
    /// <c>enum</c> (which has no room for one). Conditions (<c>if</c>) declare nothing and are skipped.
    /// </summary>
    public static IReadOnlyList<string> Undefined(JsonObject schema)
    {
        var missing = new List<string>();
        Walk(schema, "", missing);
        return missing;
    }

    private static void Walk(JsonNode? node, string pointer, List<string> missing)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{pointer}/{i}", missing);
                }

                break;
            case JsonObject o:
                if (o["properties"] is JsonObject properties)
                {
                    missing.AddRange(properties.Where(p => !Defined(p.Value)).Select(p => $"{pointer}/properties/{p.Key}"));
                }

                if (o["$defs"] is JsonObject defs)
                {
                    missing.AddRange(defs.Where(d => !Defined(d.Value)).Select(d => $"{pointer}/$defs/{d.Key}"));
                }

                if (o["enum"] is JsonArray values)
                {
                    missing.AddRange(values.Select(v => $"{pointer}/enum: the value {v?.ToJsonString()} (write the list as a oneOf of const, each with a description)"));
                }

                if (Values(o) is not null)
                {
                    var branches = o["oneOf"]!.AsArray();
                    missing.AddRange(branches.Select((b, i) => (b, i)).Where(x => !Defined(x.b)).Select(x => $"{pointer}/oneOf/{x.i}: the value {x.b!["const"]!.ToJsonString()}"));
                }

                foreach (var (key, child) in o)
                {
                    if (key != "if")
                    {
                        Walk(child, $"{pointer}/{key}", missing);
                    }
                }

                break;
        }
    }

    private static bool Defined(JsonNode? node) =>
        node is JsonObject o && o["description"] is JsonValue d && d.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text);

    /// <summary>The values of a vocabulary (<c>oneOf</c> of consts) with their definitions, or <see langword="null"/> when <paramref name="schema"/> is none.</summary>
    public static IReadOnlyList<(string Value, string Definition)>? Values(JsonNode? schema) =>
        schema?["oneOf"] is JsonArray { Count: > 0 } branches && branches.All(b => b is JsonObject o && o.ContainsKey("const"))
            ? [.. branches.Select(b => (b!["const"]!.ToString(), (string?)b["description"] ?? ""))]
            : null;

    /// <summary>The model's documentation (DefenceTies.xml, beside the assembly), <c>&lt;summary&gt;</c> of each member by its id (<c>T:…</c>, <c>F:…</c>), as plain text.</summary>
    public static IReadOnlyDictionary<string, string> ModelSummaries { get; } = ReadSummaries(typeof(DefenceTies.Model.AgreementKind).Assembly);

    private static Dictionary<string, string> ReadSummaries(Assembly assembly)
    {
        var file = Path.ChangeExtension(assembly.Location, ".xml");
        return XDocument.Load(file).Descendants("member")
            .Where(m => m.Element("summary") is not null)
            .ToDictionary(m => (string)m.Attribute("name")!, m => Plain(m.Element("summary")!), StringComparer.Ordinal);
    }

    /// <summary>A summary as text: a reference (<c>see cref</c>) by its last name, code as its text, white space normalised.</summary>
    private static string Plain(XElement summary)
    {
        var text = new StringBuilder();
        foreach (var node in summary.DescendantNodes())
        {
            switch (node)
            {
                case XText t when t.Parent?.Name.LocalName is not ("see" or "seealso"):
                    text.Append(t.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } see:
                    text.Append(see.Attribute("langword")?.Value ?? (see.IsEmpty ? ((string?)see.Attribute("cref"))?.Split('.')[^1] : see.Value));
                    break;
            }
        }

        return Space().Replace(text.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
