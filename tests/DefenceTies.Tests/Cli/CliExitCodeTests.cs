using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Cli;

/// <summary>Every documented exit code, with the one line on stderr that says what went wrong and what to do.</summary>
public class CliExitCodeTests
{
    [Fact]
    public async Task Help_documents_every_exit_code()
    {
        var help = await InProcessTool.RunAsync("--help");
        var commandHelp = await InProcessTool.RunAsync("briefing", "--help");

        help.ExitCode.Should().Be(0);
        foreach (var output in new[] { help.Output, commandHelp.Output })
        {
            output.Should().Contain("EXIT CODES");
            foreach (var code in new[] { "0", "1", "2", "3", "4", "5", "130" })
            {
                output.Should().MatchRegex($@"(?m)^\s+{code}\s+\S");
            }
        }

        commandHelp.Output.Should().Contain("--database").And.Contain("--postgres").And.Contain("--json");
    }

    [Fact]
    public async Task Docs_cli_md_lists_the_exit_codes_help_lists()
    {
        var help = await InProcessTool.RunAsync("--help");
        var documented = System.Text.RegularExpressions.Regex.Matches(
                await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "docs", "cli.md")),
                @"(?m)^\| (\d+) \|")
            .Select(m => m.Groups[1].Value);
        var helped = System.Text.RegularExpressions.Regex.Matches(help.Output[help.Output.IndexOf("EXIT CODES", StringComparison.Ordinal)..], @"(?m)^\s+(\d+)\s")
            .Select(m => m.Groups[1].Value);

        documented.Should().Equal(helped);
    }

    [Theory]
    [InlineData("no-such-command")]
    [InlineData("stats", "--no-such-option")]
    [InlineData("stats", "--database", "a.db", "--postgres", "Host=localhost")]
    [InlineData("migrate", "--apply", "--script")]
    [InlineData("briefing", "IN")]
    [InlineData("briefing", "IN", "T1")]
    [InlineData("briefing", "INDIA", "TH")]
    public async Task Invalid_input_exits_2_with_one_line(params string[] arguments)
    {
        var result = await InProcessTool.RunAsync(arguments);

        result.ExitCode.Should().Be(2, result.Error);
        OneLine(result.Error);
    }

    [Fact]
    public async Task The_same_nation_twice_is_invalid_input()
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.SqliteFile);

        var result = await InProcessTool.RunOnAsync(database, "briefing", "IN", "IND");

        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().Contain("both India");
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.File), MemberType = typeof(ToolDatabases))]
    public async Task An_unknown_nation_exits_4(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);

        var result = await InProcessTool.RunOnAsync(database, "briefing", "IN", "XX");

        result.ExitCode.Should().Be(4, result.Error);
        OneLine(result.Error).Should().Contain("XX").And.Contain("ISO 3166-1");
        result.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("verify")]
    [InlineData("stats")]
    [InlineData("briefing", "IN", "TH")]
    public async Task A_missing_file_exits_3_and_is_not_created(params string[] command)
    {
        var folder = Directory.CreateTempSubdirectory("defenceties-cli-").FullName;
        var file = Path.Combine(folder, "missing.db");

        var result = await InProcessTool.RunAsync([.. command, "--database", file]);

        result.ExitCode.Should().Be(3, result.Error);
        OneLine(result.Error).Should().Contain(file).And.Contain("migrate --apply");
        File.Exists(file).Should().BeFalse();
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_exits_3()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("defenceties-cli-").FullName, "notes.db");
        await File.WriteAllTextAsync(file, "these are not the pages of a SQLite database, just some text long enough to fill a header.");

        var result = await InProcessTool.RunAsync("stats", "--database", file);

        result.ExitCode.Should().Be(3, result.Error);
        OneLine(result.Error).Should().Contain("not a SQLite database");
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.All), MemberType = typeof(ToolDatabases))]
    public async Task A_database_not_migrated_exits_3(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        if (kind == DatabaseKind.SqliteFile)
        {
            // An empty file: there, but no schema.
            await File.WriteAllBytesAsync(DefenceTiesTool.Target(database)[1], []);
        }

        var result = await InProcessTool.RunOnAsync(database, "stats");

        result.ExitCode.Should().Be(3, result.Error);
        OneLine(result.Error).Should().Contain("migrate --apply");
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.All), MemberType = typeof(ToolDatabases))]
    public async Task A_migration_this_version_does_not_know_exits_3_unless_forced(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsHistory\" (migration_id, product_version) VALUES ('29991231000000_FromANewerVersion', '99.0.0')");
        }

        var listed = await InProcessTool.RunOnAsync(database, "migrate");
        var applied = await InProcessTool.RunOnAsync(database, "migrate", "--apply");
        var stats = await InProcessTool.RunOnAsync(database, "stats");
        var forcedApply = await InProcessTool.RunOnAsync(database, "migrate", "--apply", "--force");
        var forcedStats = await InProcessTool.RunOnAsync(database, "stats", "--force");

        foreach (var refused in new[] { listed, applied, stats })
        {
            refused.ExitCode.Should().Be(3, refused.Error);
            OneLine(refused.Error).Should().Contain("29991231000000_FromANewerVersion").And.Contain("--force");
        }

        listed.Output.Should().Contain("unknown to this version").And.NotContain("Up to date", "a database with a newer version's migration is not up to date");
        forcedApply.ExitCode.Should().Be(0, forcedApply.Error);
        forcedStats.ExitCode.Should().Be(0, forcedStats.Error);
    }

    [Fact]
    public async Task An_unreachable_server_exits_3_without_the_password()
    {
        const string password = "Tr0ub4dor-unreachable";
        var port = PostgreSqlServer.FreeLoopbackPort();

        var result = await InProcessTool.RunAsync("stats", "--postgres", $"Host=127.0.0.1;Port={port};Username=analyst;Password={password};Timeout=5", "--verbose");

        result.ExitCode.Should().Be(3, result.Error);
        result.Error.Should().StartWith("defenceties: Cannot connect").And.NotContain(password);
        result.Output.Should().NotContain(password);
    }

    [Fact]
    public async Task A_malformed_connection_string_exits_2_without_the_password()
    {
        const string password = "Tr0ub4dor-malformed";

        var result = await InProcessTool.RunAsync("stats", "--postgres", $"Host=127.0.0.1;Password={password};NoSuchKeyword=1", "--verbose");

        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().StartWith("defenceties: --postgres is not a valid").And.NotContain(password);
    }

    [Fact]
    public async Task Without_verbose_there_is_no_stack_trace_and_with_it_there_is()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("defenceties-cli-").FullName, "notes.db");
        await File.WriteAllTextAsync(file, "these are not the pages of a SQLite database, just some text long enough to fill a header.");

        var quiet = await InProcessTool.RunAsync("stats", "--database", file);
        var verbose = await InProcessTool.RunAsync("stats", "--database", file, "--verbose");

        OneLine(quiet.Error);
        quiet.Error.Should().NotContain("   at ");
        verbose.ExitCode.Should().Be(quiet.ExitCode);
        verbose.Error.Should().Contain("   at ");
    }

    /// <summary>The error is exactly one line, prefixed with the tool's name.</summary>
    private static string OneLine(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle($"one line on stderr, got: {error}");
        lines[0].Should().StartWith("defenceties: ");
        return lines[0];
    }
}
