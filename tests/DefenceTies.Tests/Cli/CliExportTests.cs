using System.Text.Json;
using System.Xml.Linq;
using DefenceTies.Tests.Infrastructure;

namespace DefenceTies.Tests.Cli;

/// <summary><c>export</c>, run in process (InProcessTool): every format to a file. Standard output is the process's: <see cref="CliProcessTests"/>.</summary>
public class CliExportTests
{
    [Theory]
    [MemberData(nameof(ToolDatabases.All), MemberType = typeof(ToolDatabases))]
    public async Task Export_writes_every_format_and_refuses_an_unknown_nation(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        var directory = Directory.CreateTempSubdirectory("cli-export-").FullName;

        foreach (var format in new[] { "ftm", "popolo", "dyad-year", "graphml" })
        {
            var path = Path.Combine(directory, $"export.{format}");
            var run = await InProcessTool.RunOnAsync(database, "export", "--format", format, "--out", path, "--json");
            run.ExitCode.Should().Be(0, run.Error);
            using var summary = JsonDocument.Parse(run.Output);
            summary.RootElement.GetProperty("records").GetInt64().Should().BeGreaterThan(0);
            File.Exists(path + ".partial").Should().BeFalse();
            var text = await File.ReadAllTextAsync(path);
            switch (format)
            {
                case "ftm":
                    foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    {
                        JsonDocument.Parse(line).RootElement.GetProperty("schema").GetString().Should().NotBeNullOrEmpty();
                    }

                    break;
                case "popolo":
                    JsonDocument.Parse(text).RootElement.GetProperty("persons").GetArrayLength().Should().BeGreaterThan(0);
                    break;
                case "dyad-year":
                    text.Should().StartWith("iso3_1,iso3_2,ccode1,ccode2,year").And.Contain("IND,THA,750,800,2024");
                    break;
                case "graphml":
                    XDocument.Parse(text).Root!.Name.LocalName.Should().Be("graphml");
                    break;
            }
        }

        var unknown = await InProcessTool.RunOnAsync(database, "export", "--format", "ftm", "--nation", "XX");
        unknown.ExitCode.Should().Be(2);
        unknown.Error.Should().Contain("XX");
        Directory.Delete(directory, recursive: true);
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.File), MemberType = typeof(ToolDatabases))]
    public async Task A_nation_code_works_in_any_case_and_a_malformed_one_says_what_a_code_is(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);

        // Was refused: "No stored nation has the ISO 3166-1 code in", while 'briefing in th' worked.
        var directory = Directory.CreateTempSubdirectory("cli-export-").FullName;
        var lowerFile = Path.Combine(directory, "lower.csv");
        var alpha3File = Path.Combine(directory, "alpha3.csv");

        var lower = await InProcessTool.RunOnAsync(database, "export", "--format", "dyad-year", "--nation", "in", "--out", lowerFile);
        var alpha3 = await InProcessTool.RunOnAsync(database, "export", "--format", "dyad-year", "--nation", "tha", "--out", alpha3File);
        var malformed = await InProcessTool.RunOnAsync(database, "export", "--format", "dyad-year", "--nation", "i1");

        lower.ExitCode.Should().Be(0, lower.Error);
        (await File.ReadAllTextAsync(lowerFile)).Should().Contain("IND,THA");
        alpha3.ExitCode.Should().Be(0, alpha3.Error);
        (await File.ReadAllTextAsync(alpha3File)).Should().Be(await File.ReadAllTextAsync(lowerFile));
        malformed.ExitCode.Should().Be(2);
        malformed.Error.Should().Contain("'i1' is not a nation code").And.Contain("--nation");
        Directory.Delete(directory, recursive: true);
    }
}
