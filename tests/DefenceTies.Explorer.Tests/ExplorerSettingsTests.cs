using DefenceTies.Explorer;
using Microsoft.Extensions.Configuration;

namespace DefenceTies.Explorer.Tests;

/// <summary>
/// Which file the explorer opens: without --database, the defenceties.db of the directory it was
/// started from (what `dotnet run` passes as --start-directory), the file the sample writes there.
/// </summary>
public sealed class ExplorerSettingsTests
{
    private static ExplorerSettings Parse(params string[] args) =>
        ExplorerSettings.From(new ConfigurationBuilder().AddCommandLine(ExplorerSettings.NormalizeArguments(args)).Build());

    [Fact]
    public void Without_a_database_it_opens_the_samples_file_in_the_start_directory()
    {
        var start = Directory.CreateTempSubdirectory("defenceties-start-").FullName;

        var settings = Parse("--start-directory", start);

        settings.DatabasePath.Should().Be(Path.Combine(start, "defenceties.db"));
        settings.Migrate.Should().BeFalse();
        settings.Announce().Should().Contain(Path.Combine(start, "defenceties.db")).And.Contain("read-only");
    }

    [Fact]
    public void A_relative_database_is_taken_from_the_start_directory_and_an_absolute_one_as_it_is()
    {
        var start = Directory.CreateTempSubdirectory("defenceties-start-").FullName;
        var elsewhere = Path.Combine(Path.GetTempPath(), "elsewhere.db");

        Parse("--start-directory", start, "--database", "data/x.db").DatabasePath.Should().Be(Path.Combine(start, "data", "x.db"));
        Parse("--start-directory", start, "--database", elsewhere).DatabasePath.Should().Be(elsewhere);
    }

    [Fact]
    public void Without_a_start_directory_it_is_the_current_directory()
    {
        Parse().DatabasePath.Should().Be(Path.Combine(Directory.GetCurrentDirectory(), "defenceties.db"));
    }

    [Fact]
    public void Seeding_says_it_opens_the_file_read_write()
    {
        var settings = Parse("--seed", "--start-directory", Path.GetTempPath());

        settings.Migrate.Should().BeTrue();
        settings.Announce().Should().Contain("read-write").And.Contain("seeds");
    }

    [Fact]
    public void The_project_passes_the_directory_dotnet_run_was_started_from()
    {
        // The Web SDK runs a web project in its own folder; without this the default would be the
        // project folder's defenceties.db, not the one the sample wrote (issue 22).
        var project = Path.Combine(RepositoryRoot(), "samples", "DefenceTies.Explorer", "DefenceTies.Explorer.csproj");

        File.ReadAllText(project).Should().Contain("<StartArguments>--start-directory \"$(MSBuildStartupDirectory)\"</StartArguments>");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DefenceTies.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DefenceTies.sln not found above " + AppContext.BaseDirectory);
    }
}
