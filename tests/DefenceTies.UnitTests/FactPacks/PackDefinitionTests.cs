using System.Text.Json.Nodes;
using DefenceTies.Documentation;
using DefenceTies.FactPacks;
using DefenceTies.Model;

namespace DefenceTies.UnitTests.FactPacks;

/// <summary>
/// Every property and every value of the pack format has a definition an analyst can read (what it
/// means, when to use it, an example), the schema's definitions of the model's vocabularies are the
/// model's own documentation, and docs/fact-packs.md shows them all.
/// </summary>
public class PackDefinitionTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(FactPack.JsonSchema)!.AsObject();

    /// <summary>The model's enums that are not part of the pack format; every other enum of the model must be a vocabulary of the schema.</summary>
    private static readonly Type[] NotInTheFormat = [typeof(ConstraintKind), typeof(DatePrecision), typeof(ClaimRank)];

    public static TheoryData<Type> FormatEnums => new(ModelEnums().Except(NotInTheFormat).ToArray());

    [Fact]
    public void Every_property_and_every_value_of_the_schema_has_a_definition()
    {
        PackDefinitions.Undefined(Schema).Should().BeEmpty("fact-pack.schema.json defines every property and value it admits");
    }

    [Fact]
    public void A_property_or_value_without_a_definition_is_found_at_any_depth()
    {
        var fragment = JsonNode.Parse("""
            {
              "properties": {
                "described": { "type": "string", "description": "A property with its definition." },
                "bare": { "type": "string" },
                "blank": { "type": "string", "description": " " },
                "list": { "description": "A list.", "type": "array", "items": { "type": "object", "properties": { "inner": { "type": "integer" } } } }
              },
              "$defs": {
                "Vocabulary": { "description": "A vocabulary.", "oneOf": [ { "const": "Defined", "description": "A defined value." }, { "const": "Undefined" } ] },
                "Plain": { "description": "An enum has no room for definitions.", "enum": [ "A" ] },
                "Undescribed": { "type": "object", "properties": { "deep": { "$ref": "#/$defs/Vocabulary" } } },
                "cite": {
                  "description": "A condition declares nothing.",
                  "properties": { "support": { "description": "Described.", "$ref": "#/$defs/Vocabulary" } },
                  "allOf": [ { "if": { "properties": { "support": { "const": "Defined" } } }, "then": { "required": [ "note" ] } } ]
                }
              }
            }
            """)!.AsObject();

        PackDefinitions.Undefined(fragment).Should().BeEquivalentTo(
            "/properties/bare",
            "/properties/blank",
            "/properties/list/items/properties/inner",
            "/$defs/Undescribed",
            "/$defs/Vocabulary/oneOf/1: the value \"Undefined\"",
            "/$defs/Plain/enum: the value \"A\" (write the list as a oneOf of const, each with a description)",
            "/$defs/Undescribed/properties/deep");
    }

    [Theory]
    [MemberData(nameof(FormatEnums))]
    public void Each_enum_of_the_model_is_a_vocabulary_of_the_schema_defined_as_the_model_documents_it(Type type)
    {
        var vocabulary = PackDefinitions.Values(Schema["$defs"]?[type.Name]);

        vocabulary.Should().NotBeNull($"the model's {type.Name} is a vocabulary of the format (or is listed in {nameof(NotInTheFormat)})");
        vocabulary!.Select(v => v.Value).Should().Equal(Enum.GetNames(type), "the schema admits exactly the model's values, in its order");
        ((string?)Schema["$defs"]![type.Name]!["description"]).Should().Be(Summary($"T:{type.FullName}"), $"the schema defines {type.Name} as the model's documentation does");
        foreach (var (value, definition) in vocabulary)
        {
            definition.Should().Be(Summary($"F:{type.FullName}.{value}"), $"the schema defines {type.Name}.{value} as the model's documentation does (write it once, in src/DefenceTies/Model/{type.Name}.cs, and copy it)");
        }
    }

    [Fact]
    public void Each_fact_type_is_defined_as_its_fact_schema_is()
    {
        var types = PackDefinitions.Values(Schema["$defs"]!["fact"]!["properties"]!["type"])!;

        types.Should().HaveCount(21);
        foreach (var (type, definition) in types)
        {
            definition.Should().Be((string?)Schema["$defs"]![type + "Fact"]!["description"], $"the fact type {type} has one definition");
        }
    }

    [Fact]
    public void A_refused_value_of_a_vocabulary_is_named_with_the_values_allowed()
    {
        var pack = PackEditor.Report();
        PackEditor.Fact(pack, PackEditor.IndexOf(pack, "talks"))["kind"] = "Conference";

        var problems = PackEditor.Problems(pack);

        problems.Should().ContainSingle(p => p.Path.EndsWith(".kind", StringComparison.Ordinal))
            .Which.Message.Should().Be("the value is not one of the format's; expected one of: \"Talks\", \"Meeting\", \"Visit\", \"Dialogue\".");
    }

    [Fact]
    public void Docs_fact_packs_md_reference_is_generated_from_the_schema()
    {
        var path = Path.Combine(MarkdownBlocks.RepositoryRoot, "docs", "fact-packs.md");
        var docs = File.ReadAllText(path).ReplaceLineEndings("\n");
        var generated = PackReference.Render(Schema);
        var begin = docs.IndexOf(PackReference.Begin, StringComparison.Ordinal);
        var end = docs.IndexOf(PackReference.End, StringComparison.Ordinal);
        begin.Should().BeGreaterThanOrEqualTo(0, "docs/fact-packs.md has a generated Reference section");
        end.Should().BeGreaterThan(begin);
        var committed = docs[begin..(end + PackReference.End.Length)];

        if (Environment.GetEnvironmentVariable("DEFENCETIES_REGENERATE_PACK_REFERENCE") == "1")
        {
            File.WriteAllText(path, docs[..begin] + generated + docs[(end + PackReference.End.Length)..]);
            committed = generated;
        }

        committed.Should().Be(generated, "the Reference section of docs/fact-packs.md is generated from the schema: DEFENCETIES_REGENERATE_PACK_REFERENCE=1 dotnet test tests/DefenceTies.UnitTests --filter PackDefinitionTests");
    }

    [Fact]
    public void The_reference_shows_every_fact_type_property_and_value()
    {
        var reference = PackReference.Render(Schema);

        reference.Should().Contain("#### `engagement`").And.Contain("| **`delegations[].members[].role`** | [DelegationRole](#delegationrole) |");
        reference.Should().Contain("| `Dialogue` | A session of a standing dialogue mechanism");
        reference.Should().Contain("| **`cite`** | [cite](#cite) |");
        reference.Should().Contain("| **`partners[].nation`** | nation code |", "a list of links shows the properties of its items");
    }

    private static IEnumerable<Type> ModelEnums() =>
        typeof(AgreementKind).Assembly.GetExportedTypes().Where(t => t.IsEnum && t.Namespace == typeof(AgreementKind).Namespace);

    private static string? Summary(string member) => PackDefinitions.ModelSummaries.GetValueOrDefault(member);
}
