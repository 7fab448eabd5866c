using System.Globalization;
using System.Reflection;
using System.Text;
using DefenceTies.FactPacks;
using DefenceTies.Documentation;
using FluentAssertions;
using Xunit;

namespace DefenceTies.UnitTests.FactPacks;

/// <summary>
/// docs/fact-packs.md lists, per fact type, its merge key and its claimable values, generated from
/// the library's one rule (<c>MergeKeys</c>, internal, read by reflection); the test fails when they
/// differ. Rewrite the table with <c>DEFENCETIES_REGENERATE_PACK_REFERENCE=1</c>.
/// </summary>
public class MergeKeyDocsTests
{
    private const string Begin = "<!-- merge keys: generated from MergeKeys by MergeKeyDocsTests: do not edit by hand -->";
    private const string End = "<!-- end of merge keys -->";

    /// <summary>The pack's fact types and the model's, in the order docs/fact-packs.md lists them.</summary>
    private static readonly (string Pack, string Model)[] FactTypes =
    [
        ("organisation", "Organisation"), ("person", "Person"), ("post", "Post"), ("postHolding", "PostHolding"),
        ("statement", "Statement"), ("cooperationArea", "CooperationArea"), ("region", "Region"),
        ("securityIssue", "SecurityIssue"), ("policy", "Policy"), ("policyLink", "PolicyLink"),
        ("engagement", "Engagement"), ("agreement", "Agreement"), ("workingGroup", "WorkingGroup"),
        ("exercise", "MilitaryExercise"), ("nationRelation", "NationRelation"), ("nationalAim", "NationalAim"),
    ];

    [Fact]
    public void Docs_list_each_fact_types_merge_key_and_claimable_values()
    {
        var path = Path.Combine(MarkdownBlocks.RepositoryRoot, "docs", "fact-packs.md");
        var text = File.ReadAllText(path);
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        start.Should().BePositive("docs/fact-packs.md marks where the merge keys go");
        var committed = text[(start + Begin.Length)..end];
        var generated = Table();
        if (Environment.GetEnvironmentVariable("DEFENCETIES_REGENERATE_PACK_REFERENCE") == "1")
        {
            File.WriteAllText(path, text[..(start + Begin.Length)] + generated + text[end..]);
            return;
        }

        committed.Should().Be(generated, "the table is generated from MergeKeys: DEFENCETIES_REGENERATE_PACK_REFERENCE=1 dotnet test tests/DefenceTies.UnitTests --filter MergeKeyDocsTests");
    }

    private static string Table()
    {
        var assembly = typeof(FactPack).Assembly;
        var mergeKeys = assembly.GetType("DefenceTies.Model.MergeKeys", throwOnError: true)!;
        var of = mergeKeys.GetMethod("Of", BindingFlags.Public | BindingFlags.Static)!;
        var claimable = mergeKeys.GetMethod("ClaimableOf", BindingFlags.Public | BindingFlags.Static)!;
        var table = new StringBuilder("\n\n| fact type | merge key | claimable values |\n|---|---|---|\n");
        foreach (var (pack, model) in FactTypes)
        {
            var type = assembly.GetType($"DefenceTies.Model.{model}", throwOnError: true)!;
            var key = ((IReadOnlyList<string>)of.Invoke(null, [type])!).Select(p => Json(model, p)).Distinct();
            var values = ((IEnumerable<string>)claimable.Invoke(null, [type])!).Select(p => Json(model, p)).ToList();
            table.Append(CultureInfo.InvariantCulture, $"| `{pack}` | {string.Join(", ", key.Select(k => $"`{k}`"))} | {(values.Count == 0 ? "none" : string.Join(", ", values.Select(v => $"`{v}`")))} |\n");
        }

        return table.Append('\n').ToString();
    }

    /// <summary>The pack's name of a model property (as <c>PackValueNames</c> maps them).</summary>
    private static string Json(string model, string property) => (model, property) switch
    {
        (_, "SpeakerPerson" or "SpeakerOrganisation") => "speaker",
        ("MilitaryExercise", "Series") => "name",
        ("MilitaryExercise", "Name") => "edition",
        (_, _) => char.ToLowerInvariant(property[0]) + property[1..],
    };
}
