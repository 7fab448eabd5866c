using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DefenceTies.UnitTests.Registration;

/// <summary>
/// Each provider's migrations are current: its last migration's model snapshot is the model the
/// configurations build. This is what <c>dotnet ef migrations has-pending-model-changes</c> checks:
/// the command creates the context with the provider's design-time factory and asks
/// <c>Database.HasPendingModelChanges()</c>; so does this test, in process, without starting the
/// design-time host twice (CI ran the command once per provider, about 4 s of CPU each).
/// </summary>
public class PendingModelChangesTests
{
    public static TheoryData<string> Providers => new("Sqlite", "PostgreSql");

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_migrations_match_the_model(string provider)
    {
        using var db = DesignTimeContext(provider);

        db.Database.GetMigrations().Should().NotBeEmpty();
        db.Database.HasPendingModelChanges().Should().BeFalse(
            $"the model has changes no DefenceTies.{provider} migration holds: add a migration (dotnet ef migrations add <Name> --project src/DefenceTies.{provider}), then run bash sql/regenerate.sh and bash src/regenerate-compiled-models.sh");
    }

    /// <summary>The context <c>dotnet ef</c> creates for the provider's migrations assembly: through its design-time factory.</summary>
    private static DefenceTiesDbContext DesignTimeContext(string provider)
    {
        var assembly = provider == "Sqlite"
            ? typeof(DefenceTiesSqliteDbContextOptionsBuilderExtensions).Assembly
            : typeof(DefenceTiesPostgreSqlDbContextOptionsBuilderExtensions).Assembly;
        var factory = assembly.GetTypes().Should().ContainSingle(t => typeof(IDesignTimeDbContextFactory<DefenceTiesDbContext>).IsAssignableFrom(t)).Subject;
        return ((IDesignTimeDbContextFactory<DefenceTiesDbContext>)Activator.CreateInstance(factory, nonPublic: true)!).CreateDbContext([]);
    }
}
