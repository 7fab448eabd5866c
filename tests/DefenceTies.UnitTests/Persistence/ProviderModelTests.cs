using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DefenceTies.UnitTests.Persistence;

/// <summary>
/// The model each provider package builds, read without a database: the same tables and
/// constraint names everywhere, with the few CHECKs whose SQL differs written in each engine's own
/// dialect.
/// </summary>
public class ProviderModelTests
{
    private static IModel SqliteModel()
    {
        using var db = new DefenceTiesDbContext(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite("Data Source=:memory:").Options);
        return db.GetService<IDesignTimeModel>().Model;
    }

    private static IModel PostgreSqlModel()
    {
        using var db = new DefenceTiesDbContext(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql("Host=localhost").Options);
        return db.GetService<IDesignTimeModel>().Model;
    }

    private static Dictionary<string, string> Checks(IModel model) =>
        model.GetEntityTypes().SelectMany(e => e.GetCheckConstraints()).ToDictionary(c => c.Name!, c => c.Sql);

    [Fact]
    public void Both_providers_build_the_same_tables_and_constraint_names()
    {
        var sqlite = SqliteModel();
        var postgres = PostgreSqlModel();

        sqlite.GetEntityTypes().Select(e => e.GetTableName()).Should().BeEquivalentTo(postgres.GetEntityTypes().Select(e => e.GetTableName()));
        Checks(sqlite).Keys.Should().BeEquivalentTo(Checks(postgres).Keys);
        sqlite.GetEntityTypes().Select(e => e.GetTableName()).Should().OnlyContain(t => t!.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'), "names are snake_case on every provider");
    }

    [Fact]
    public void Pattern_checks_use_each_engines_own_dialect()
    {
        Checks(SqliteModel())["ck_nations_alpha2_code"].Should().Be("alpha2_code GLOB '[A-Z][A-Z]'");
        Checks(PostgreSqlModel())["ck_nations_alpha2_code"].Should().Be("alpha2_code ~ '^[A-Z]{2}$'");
    }

    [Fact]
    public void Partial_dates_compare_as_ordinal_text_on_postgresql()
    {
        var heldOn = PostgreSqlModel().FindEntityType(typeof(Engagement))!.FindProperty(nameof(Engagement.HeldOn))!;

        heldOn.GetCollation().Should().Be("C");
        SqliteModel().FindEntityType(typeof(Engagement))!.FindProperty(nameof(Engagement.HeldOn))!.GetCollation()
            .Should().BeNull("SQLite's default BINARY collation is already ordinal");
    }

    [Fact]
    public void The_provider_description_never_reaches_the_model()
    {
        SqliteModel().GetAnnotations().Select(a => a.Name).Should().NotContain(n => n.StartsWith("DefenceTies", StringComparison.Ordinal));
    }
}
