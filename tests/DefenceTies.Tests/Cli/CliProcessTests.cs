using System.Text.Json;
using DefenceTies.Tests.FactPacks;
using DefenceTies.Tests.Infrastructure;

namespace DefenceTies.Tests.Cli;

/// <summary>
/// What only the tool's own process shows, run as the installed tool would be (the rest of the
/// command line is tested in process: <see cref="InProcessTool"/>): the working directory's default
/// database, the exit code through the runtime, a redirected console's width, standard output as a
/// stream. Ctrl+C and the environment's password have classes of their own.
/// </summary>
[Trait(TestTier.Name, TestTier.Process)]
public class CliProcessTests
{
    private static readonly string SecondPack = FactPackImportTests.PackPath("test-india-vietnam.json");

    [Fact]
    public async Task The_default_database_is_defenceties_db_in_the_working_directory()
    {
        var folder = Directory.CreateTempSubdirectory("defenceties-cli-").FullName;

        var migrated = await DefenceTiesTool.RunAsync(["migrate", "--apply"], folder);
        var stats = await DefenceTiesTool.RunAsync(["stats"], folder);

        migrated.ExitCode.Should().Be(0, migrated.Error);
        stats.ExitCode.Should().Be(0, stats.Error);
        File.Exists(Path.Combine(folder, "defenceties.db")).Should().BeTrue();
    }


    [Fact]
    public async Task Export_without_out_writes_to_standard_output()
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.SqliteFile);

        var piped = await DefenceTiesTool.RunOnAsync(database, "export", "--format", "dyad-year", "--nation", "TH");

        piped.ExitCode.Should().Be(0, piped.Error);
        piped.Output.Should().StartWith("iso3_1,iso3_2,ccode1,ccode2,year").And.Contain("IND,THA");
    }

    [Fact]
    public async Task Piped_output_is_whole_lines_however_long_the_paths_and_messages()
    {
        // A pack path of about 400 characters and a name of about 400: Spectre would wrap the lines
        // naming them at the console's width, and cut the import summary's title to the table's width.
        var directory = Directory.CreateTempSubdirectory("cli-long-").FullName;
        var deep = Path.Combine(directory, new string('a', 120), new string('b', 120), new string('c', 120));
        Directory.CreateDirectory(deep);
        var pack = Path.Combine(deep, "test-india-vietnam.json");
        File.Copy(SecondPack, pack);
        File.Copy(FactPackImportTests.PackPath("test-india-vietnam.txt"), Path.Combine(deep, "test-india-vietnam.txt"));
        var bad = Path.Combine(deep, "bad.json");
        File.WriteAllText(bad, File.ReadAllText(SecondPack).Replace("\"Amitabh Prasad\"", $"\"{string.Join(' ', Enumerable.Repeat("Amitabh Kumar Prasad", 20))}\"", StringComparison.Ordinal).Replace("\"VN\"", "\"OB\"", StringComparison.Ordinal));

        var text = await DefenceTiesTool.RunAsync("validate", bad);
        var json = await DefenceTiesTool.RunAsync("validate", bad, "--json");
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.SqliteFile);
        var imported = await DefenceTiesTool.RunOnAsync(database, "import", pack);

        text.ExitCode.Should().Be(6, text.Error);
        var lines = text.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines.Should().Contain(l => l.StartsWith("refused " + bad + ":", StringComparison.Ordinal));
        using var problems = JsonDocument.Parse(json.Output);
        var expected = problems.RootElement[0].GetProperty("problems").EnumerateArray().Select(p => $"  {p.GetProperty("path").GetString()}: {p.GetProperty("message").GetString()}").ToList();
        expected.Should().NotBeEmpty();
        lines.Should().Contain(expected, "each problem is one whole line");
        imported.ExitCode.Should().Be(0, imported.Error);
        imported.Output.Split('\n').Select(l => l.TrimEnd('\r')).Should().Contain(l => l.StartsWith($"{pack}: document ", StringComparison.Ordinal));
        Directory.Delete(directory, recursive: true);
    }
}
