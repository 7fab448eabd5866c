using System.Text.Json;
using DefenceTies.Tests.FactPacks;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Cli;

/// <summary><c>validate</c> and <c>import</c>, run in process (InProcessTool).</summary>
public class CliPackTests
{
    private static readonly string SecondPack = FactPackImportTests.PackPath("test-india-vietnam.json");
    private static readonly string ThirdPack = FactPackImportTests.PackPath("test-india-vietnam-again.json");

    [Fact]
    public async Task Validate_accepts_good_packs_and_lists_every_problem_of_a_bad_one_with_exit_6()
    {
        var directory = Directory.CreateTempSubdirectory("cli-pack-").FullName;
        File.Copy(FactPackImportTests.PackPath("test-india-vietnam.txt"), Path.Combine(directory, "test-india-vietnam.txt"));
        var bad = Path.Combine(directory, "bad.json");
        File.WriteAllText(bad, File.ReadAllText(SecondPack).Replace("\"Amitabh Prasad\"", "\"Amitabh Kumar Prasad\"", StringComparison.Ordinal).Replace("\"VN\"", "\"OB\"", StringComparison.Ordinal));

        var good = await InProcessTool.RunAsync("validate", SecondPack, ThirdPack);
        var refused = await InProcessTool.RunAsync("validate", SecondPack, bad, "--json");

        good.ExitCode.Should().Be(0, good.Error);
        good.Output.Should().Contain("test/india-vietnam-2025-03");
        refused.ExitCode.Should().Be(6, refused.Error);
        using var json = JsonDocument.Parse(refused.Output);
        var problems = json.RootElement[1].GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("path").GetString()).ToList();
        problems.Should().Contain("$.facts[1].name").And.Contain(p => p!.EndsWith(".nation", StringComparison.Ordinal));
        json.RootElement[0].GetProperty("valid").GetBoolean().Should().BeTrue();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Validate_names_a_missing_file_as_invalid_input()
    {
        var missing = await InProcessTool.RunAsync("validate", "no-such-pack.json");

        missing.ExitCode.Should().Be(2);
        missing.Error.Should().Contain("no-such-pack.json");
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.All), MemberType = typeof(ToolDatabases))]
    public async Task Import_adds_merges_and_is_idempotent(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);

        var first = await InProcessTool.RunOnAsync(database, "import", SecondPack, ThirdPack);
        var again = await InProcessTool.RunOnAsync(database, "import", SecondPack, "--json");

        first.ExitCode.Should().Be(0, first.Error);
        first.Output.Should().Contain("Merged").And.Contain("Agreement");
        again.ExitCode.Should().Be(0, again.Error);
        using var json = JsonDocument.Parse(again.Output);
        json.RootElement.GetProperty("packs")[0].GetProperty("alreadyImported").GetBoolean().Should().BeTrue();
        await using var db = database.CreateContext();
        (await db.Agreements.CountAsync(a => a.Subject == "defence industry cooperation")).Should().Be(1, "the third pack restates the second's agreement");
        (await db.People.CountAsync(p => p.Name == "Amitabh Prasad")).Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.File), MemberType = typeof(ToolDatabases))]
    public async Task Import_of_a_pack_the_database_refuses_exits_6_and_stores_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        int before;
        await using (var db = database.CreateContext())
        {
            before = await db.Citations.CountAsync();
        }

        // The third pack restates an agreement this database does not hold.
        var refused = await InProcessTool.RunOnAsync(database, "import", ThirdPack);

        refused.ExitCode.Should().Be(6, refused.Output);
        refused.Error.Should().Contain("nothing was stored");
        // One problem a line (docs/cli.md, docs/fact-packs.md): the summary first, then each problem, then what to do.
        var lines = refused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("defenceties: Fact pack").And.NotContain("$.facts");
        lines.Should().Contain(l => l.StartsWith("  $.facts[0].corroborates", StringComparison.Ordinal));
        lines[^1].Should().StartWith("Fix the pack");
        await using (var db = database.CreateContext())
        {
            (await db.Citations.CountAsync()).Should().Be(before);
        }
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.File), MemberType = typeof(ToolDatabases))]
    public async Task Import_into_a_database_without_the_reference_nations_says_in_one_line_to_run_seed(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);

        var refused = await InProcessTool.RunOnAsync(database, "import", SecondPack);

        refused.ExitCode.Should().Be(3, refused.Error);
        var lines = refused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().ContainSingle().Which.Should().Contain("defenceties seed").And.NotContain("DefenceTiesSeeder").And.NotContain("$.facts");
        await using var db = database.CreateContext();
        (await db.Citations.CountAsync()).Should().Be(0, "nothing of the pack was stored");
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.File), MemberType = typeof(ToolDatabases))]
    public async Task Import_dry_run_prints_the_plan_writes_nothing_and_agrees_with_the_import(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        IReadOnlyDictionary<string, int> before;
        await using (var db = database.CreateContext())
        {
            before = await RowCounts.OfAsync(db);
        }

        var text = await InProcessTool.RunOnAsync(database, "import", "--dry-run", SecondPack, ThirdPack);
        var json = await InProcessTool.RunOnAsync(database, "import", "--dry-run", SecondPack, ThirdPack, "--json");
        await using (var db = database.CreateContext())
        {
            (await RowCounts.OfAsync(db)).Should().Equal(before, "a dry run writes nothing");
        }

        var imported = await InProcessTool.RunOnAsync(database, "import", SecondPack, ThirdPack, "--json");

        text.ExitCode.Should().Be(0, text.Error);
        var lines = text.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines.Should().Contain("Dry run: nothing was written.")
            .And.Contain(l => l.StartsWith($"{SecondPack}: document test/india-vietnam-2025-03 would be imported", StringComparison.Ordinal))
            .And.Contain(l => l.Contains("add", StringComparison.Ordinal) && l.Contains("$.facts[4] agreement 'mou'", StringComparison.Ordinal))
            .And.Contain(l => l.Contains("corroborate", StringComparison.Ordinal) && l.Contains("$.facts[1] person 'prasad': cites stored Person ", StringComparison.Ordinal))
            .And.Contain(l => l.Contains("$.facts[0] agreement: cites Agreement of $.facts[4] in " + SecondPack + " {\"document\": \"test/india-vietnam-2025-03\", \"fact\": \"mou\"} again", StringComparison.Ordinal));
        json.ExitCode.Should().Be(0, json.Error);
        imported.ExitCode.Should().Be(0, imported.Error);
        using var plan = JsonDocument.Parse(json.Output);
        using var result = JsonDocument.Parse(imported.Output);
        plan.RootElement.GetProperty("dryRun").GetBoolean().Should().BeTrue();
        plan.RootElement.GetProperty("wouldImport").GetBoolean().Should().BeTrue();
        var packs = plan.RootElement.GetProperty("packs");
        var restated = packs[1].GetProperty("facts")[0];
        restated.GetProperty("outcome").GetString().Should().Be("Corroborate");
        restated.GetProperty("corroborates").GetProperty("pack").GetString().Should().Be(SecondPack);
        restated.GetProperty("corroborates").GetProperty("path").GetString().Should().Be("$.facts[4]");
        packs[0].GetProperty("facts")[1].GetProperty("corroborates").GetProperty("storedId").GetInt32().Should().BePositive();
        for (var i = 0; i < 2; i++)
        {
            packs[i].GetProperty("counts").GetRawText().Should().Be(result.RootElement.GetProperty("packs")[i].GetProperty("counts").GetRawText(), "the dry run and the import agree");
        }
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.File), MemberType = typeof(ToolDatabases))]
    public async Task Import_dry_run_of_a_pack_the_database_would_refuse_exits_6_and_lists_its_problems(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        IReadOnlyDictionary<string, int> before;
        await using (var db = database.CreateContext())
        {
            before = await RowCounts.OfAsync(db);
        }

        // The third pack restates an agreement this database does not hold; the import stops there.
        var text = await InProcessTool.RunOnAsync(database, "import", "--dry-run", ThirdPack, SecondPack);
        var json = await InProcessTool.RunOnAsync(database, "import", "--dry-run", ThirdPack, SecondPack, "--json");

        text.ExitCode.Should().Be(6, text.Error);
        text.Error.Should().BeEmpty("the findings are the output, as with validate");
        var lines = text.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines.Should().Contain(l => l.StartsWith($"{ThirdPack}: document test/india-vietnam-2025-03-again would be refused (1 problem;", StringComparison.Ordinal))
            .And.Contain(l => l.Contains("refuse", StringComparison.Ordinal) && l.Contains("$.facts[0] agreement", StringComparison.Ordinal))
            .And.Contain(l => l.TrimStart().StartsWith("$.facts[0].corroborates: no known agreement", StringComparison.Ordinal))
            .And.Contain($"{SecondPack}: not planned; the import stops at the refused {ThirdPack}.");
        json.ExitCode.Should().Be(6, json.Error);
        using var plan = JsonDocument.Parse(json.Output);
        plan.RootElement.GetProperty("wouldImport").GetBoolean().Should().BeFalse();
        var packs = plan.RootElement.GetProperty("packs");
        packs[0].GetProperty("facts")[0].GetProperty("outcome").GetString().Should().Be("Refuse");
        packs[0].GetProperty("problems")[0].GetProperty("path").GetString().Should().Be("$.facts[0].corroborates");
        packs[1].GetProperty("planned").GetBoolean().Should().BeFalse();
        await using (var db = database.CreateContext())
        {
            (await RowCounts.OfAsync(db)).Should().Equal(before);
        }
    }

}
