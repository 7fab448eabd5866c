using Microsoft.EntityFrameworkCore;

namespace DefenceTies.UnitTests.Architecture;

/// <summary>
/// No two areas of a DefenceTies assembly use each other, directly or through others (see
/// <see cref="NamespaceGraph"/> for what an area is and what counts as a use). The root namespace
/// of each assembly is its entry point and may use, and be used by, every area.
/// </summary>
public sealed class NamespaceCycleTests
{
    public static TheoryData<string, string> Assemblies => new()
    {
        { typeof(DefenceTiesDbContext).Assembly.Location, "DefenceTies" },
        { typeof(DefenceTiesSqliteDbContextOptionsBuilderExtensions).Assembly.Location, "DefenceTies.Sqlite" },
        { typeof(DefenceTiesPostgreSqlDbContextOptionsBuilderExtensions).Assembly.Location, "DefenceTies.PostgreSql" },
        { CliAssembly, "DefenceTies.Cli" },
    };

    // The tool is built beside this assembly's configuration (a project reference that is not referenced).
    private static string CliAssembly => Path.Combine(
        AppContext.BaseDirectory.Replace(
            Path.Combine("tests", "DefenceTies.UnitTests", "bin"),
            Path.Combine("src", "DefenceTies.Cli", "bin"),
            StringComparison.Ordinal),
        "DefenceTies.Cli.dll");

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void No_two_areas_of_an_assembly_use_each_other(string path, string root)
    {
        var graph = NamespaceGraph.Read(path, root);

        graph.Areas.Should().NotBeEmpty("the reader must find {0}'s areas", root);
        string.Join(Environment.NewLine, graph.Cycles().SelectMany(graph.Describe)).Should().BeEmpty("an area may not use an area that uses it back");
    }

    [Fact]
    public void A_use_only_inside_a_method_body_closes_a_cycle()
    {
        var graph = NamespaceGraph.Read(typeof(NamespaceCycleTests).Assembly.Location, "DefenceTies.UnitTests.Architecture.CycleFixture");

        graph.Cycles().Should().ContainSingle().Which.Should().Equal(
            "DefenceTies.UnitTests.Architecture.CycleFixture.Called",
            "DefenceTies.UnitTests.Architecture.CycleFixture.Calling");
    }

    [Fact]
    public void The_areas_read_are_the_folders_of_the_core()
    {
        var graph = NamespaceGraph.Read(typeof(DefenceTiesDbContext).Assembly.Location, "DefenceTies");

        graph.Edges.Keys.Should().Contain(["DefenceTies.Persistence", "DefenceTies.Seeding", "DefenceTies.FactPacks"]);
        graph.Edges["DefenceTies.Seeding"].Keys.Should().Contain("DefenceTies.FactPacks", "a seed plants a fact pack");
        graph.Edges.Keys.Should().NotContain("DefenceTies.Persistence.Errors", "a sub-namespace belongs to its area");
    }
}
