using System.Text.Json;
using DefenceTies.Tests.FactPacks;
using DefenceTies.Tests.Infrastructure;

namespace DefenceTies.Tests.Cli;

/// <summary><c>draft</c>, run in process (InProcessTool): a report's text becomes a pack to review, which neither <c>validate</c> nor <c>import</c> accepts until its candidates are reviewed.</summary>
public class CliDraftTests
{
    [Theory]
    [MemberData(nameof(ToolDatabases.All), MemberType = typeof(ToolDatabases))]
    public async Task A_drafted_pack_holds_candidates_to_review_and_is_never_imported(DatabaseKind kind)
    {
        var directory = Directory.CreateTempSubdirectory("cli-draft-").FullName;
        var report = Path.Combine(directory, "report.txt");
        File.Copy(FactPackImportTests.PackPath("test-india-vietnam.txt"), report);
        var pack = Path.Combine(directory, "report.json");
        await using var database = await TestDatabase.CreateSeededAsync(kind);

        var drafted = await InProcessTool.RunAsync("draft", report, "--key", "test/drafted", "--published", "2025-03-05", "--out", pack);
        var validated = await InProcessTool.RunAsync("validate", pack, "--json");
        var imported = await InProcessTool.RunOnAsync(database, "import", pack);
        var stats = await InProcessTool.RunOnAsync(database, "stats", "--json");

        drafted.ExitCode.Should().Be(0, drafted.Error);
        drafted.Output.Should().Contain("candidates to review");
        using var draft = JsonDocument.Parse(File.ReadAllText(pack));
        draft.RootElement.GetProperty("document").GetProperty("text").GetString().Should().Be("report.txt", "the text is named relative to the pack");
        var candidates = draft.RootElement.GetProperty("candidates").EnumerateArray().ToList();
        candidates.Should().NotBeEmpty().And.OnlyContain(c => c.GetProperty("support").GetString() == "Unreviewed");
        candidates.Should().Contain(c => c.GetProperty("kind").GetString() == "nation" && c.GetProperty("value").GetString() == "VN");
        validated.ExitCode.Should().Be(6, "a pack with candidates is refused");
        using var validation = JsonDocument.Parse(validated.Output);
        validation.RootElement[0].GetProperty("problems").GetArrayLength().Should().Be(candidates.Count, "validate says how many candidates remain unreviewed");
        imported.ExitCode.Should().Be(6, imported.Error);
        stats.Output.Should().NotContain("test/drafted", "nothing of the draft reached the database");
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task A_text_without_a_header_or_a_date_given_is_refused_naming_both()
    {
        var directory = Directory.CreateTempSubdirectory("cli-draft-").FullName;
        var report = Path.Combine(directory, "plain.txt");
        File.WriteAllText(report, "Vietnam and the Philippines held talks on March 3.\n");

        var refused = await InProcessTool.RunAsync("draft", report);

        refused.ExitCode.Should().Be(2);
        refused.Error.Should().Contain("'date YYYY-MM-DD' header").And.Contain("--published");
        Directory.Delete(directory, recursive: true);
    }
}
