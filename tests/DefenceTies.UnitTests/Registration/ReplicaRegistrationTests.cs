using DefenceTies.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DefenceTies.UnitTests.Registration;

/// <summary>
/// AddDefenceTiesPostgreSqlWithStandbys before any server is reached (the hosts below do not
/// exist): what each side is configured with. The replica tests run both sides on real servers.
/// </summary>
public class ReplicaRegistrationTests
{
    private const string Hosts = "Host=pg1.invalid,pg2.invalid:5433;Database=defenceties;Username=app";

    [Fact]
    public async Task Writers_target_the_primary_and_readers_prefer_a_standby_and_configure_runs_once()
    {
        var configured = 0;
        var contextsConfigured = 0;
        await using var provider = new ServiceCollection()
            .AddDefenceTiesPostgreSqlWithStandbys(Hosts, o =>
            {
                configured++;
                o.ConfigureDbContext = _ => contextsConfigured++;
            })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        await using var writer = await provider.GetRequiredService<IDbContextFactory<DefenceTiesDbContext>>().CreateDbContextAsync();
        await using var reader = await provider.GetRequiredService<IDefenceTiesReadContextFactory>().CreateDbContextAsync();

        TargetOf(writer).Should().Be("primary");
        TargetOf(reader).Should().Be("prefer-standby");
        writer.ChangeTracker.QueryTrackingBehavior.Should().Be(QueryTrackingBehavior.TrackAll);
        reader.ChangeTracker.QueryTrackingBehavior.Should().Be(QueryTrackingBehavior.NoTracking);
        configured.Should().Be(1);
        contextsConfigured.Should().Be(2, "the writers' options and the readers' options are each built once");
        provider.GetRequiredService<IDefenceTiesReadContextFactory>().Should().BeSameAs(provider.GetRequiredService<IDefenceTiesReadContextFactory>());
    }

    [Fact]
    public async Task One_host_serves_both_sides()
    {
        // Npgsql refuses Target Session Attributes with a single host; both sides use it as given.
        await using var provider = new ServiceCollection()
            .AddDefenceTiesPostgreSqlWithStandbys("Host=pg1.invalid;Database=defenceties;Username=app")
            .BuildServiceProvider();

        await using var reader = await provider.GetRequiredService<IDefenceTiesReadContextFactory>().CreateDbContextAsync();

        TargetOf(reader).Should().BeNull();
    }

    private static string? TargetOf(DefenceTiesDbContext db) =>
        new NpgsqlConnectionStringBuilder(db.Database.GetDbConnection().ConnectionString).TargetSessionAttributes;
}
