using DefenceTies.Model;
using DefenceTies.Seeding;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace DefenceTies.Tests.Registration;

/// <summary>AddDefenceTies (SQLite) and AddDefenceTiesPostgreSql: what they register, and that registering never touches the database.</summary>
public class ServiceRegistrationTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Registers_a_scoped_context_and_a_singleton_factory_on_the_chosen_provider(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var provider = database.Register(new ServiceCollection()).BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        var factory = provider.GetRequiredService<IDbContextFactory<DefenceTiesDbContext>>();
        factory.Should().BeSameAs(provider.GetRequiredService<IDbContextFactory<DefenceTiesDbContext>>());
        DefenceTiesDbContext first;
        await using (var scope = provider.CreateAsyncScope())
        {
            first = scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();
            scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>().Should().BeSameAs(first);
            first.Database.ProviderName.Should().Be(kind == DatabaseKind.PostgreSql ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite");

            // Each provider's migrations come from its own assembly.
            var migrationsAssembly = first.GetService<IMigrationsAssembly>().Assembly.GetName().Name;
            migrationsAssembly.Should().Be(kind == DatabaseKind.PostgreSql ? "DefenceTies.PostgreSql" : "DefenceTies.Sqlite");
            first.Database.GetMigrations().Should().NotBeEmpty();

            // Registration and resolution never migrated anything.
            (await first.Database.GetAppliedMigrationsAsync()).Should().BeEmpty();
        }

        // Contexts are pooled: the next scope may lease the same instance, reset, but never one
        // that is still in use.
        await using var another = provider.CreateAsyncScope();
        var second = another.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();
        second.ChangeTracker.Entries().Should().BeEmpty();
        await using var fromFactory = await factory.CreateDbContextAsync();
        fromFactory.Should().NotBeSameAs(second);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Seeding_when_enabled_runs_with_the_applications_migrate(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var configured = 0;
        await using var provider = database.Register(new ServiceCollection(), o =>
        {
            o.Seed = true;
            o.ConfigureDbContext = b => { configured++; b.EnableDetailedErrors(); };
        }).BuildServiceProvider();

        await using (var db = await provider.GetRequiredService<IDbContextFactory<DefenceTiesDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        await using var scope = provider.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();
        (await context.Nations.Select(n => n.Alpha2Code).ToListAsync()).Should().HaveCount(249).And.Contain(["IN", "TH"]);
        (await context.AppliedSeeds.CountAsync()).Should().Be(DefenceTiesSeeder.Default.Seeds.Count);
        configured.Should().BeGreaterThan(0, "ConfigureDbContext applies to the options");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Seeding_is_off_unless_asked_for(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var provider = database.Register(new ServiceCollection()).BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();

        await db.Database.MigrateAsync();

        (await db.Set<Nation>().CountAsync()).Should().Be(0);
    }
}
