using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace DefenceTies.Tests.Reliability;

/// <summary>
/// A database whose migration history holds a migration this version does not ship (as a newer
/// version would leave it) is refused by <c>Migrate</c>, by name, with nothing changed; the
/// caller can opt in.
/// </summary>
public class UnknownMigrationTests
{
    private const string Newer = "20991231000000_MadeByANewerVersion";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_database_with_an_unknown_migration_is_refused_by_name_and_left_unchanged(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await AddHistoryRowAsync(database, Newer);
        var before = await StateAsync(database);
        await using var db = database.CreateContext(o => o.UseDefenceTiesSeeding());

        var migrateAsync = () => db.Database.MigrateAsync();
        var migrate = () => db.Database.Migrate();

        var refused = (await migrateAsync.Should().ThrowAsync<UnknownMigrationsException>()).Which;
        refused.UnknownMigrations.Should().Equal(Newer);
        refused.Message.Should().Contain(Newer).And.Contain("AllowUnknownMigrations()");
        migrate.Should().Throw<UnknownMigrationsException>().Which.UnknownMigrations.Should().Equal(Newer);
        (await StateAsync(database)).Should().Equal(before, "nothing is applied, seeded or recorded");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_refused_database_gets_none_of_this_versions_migrations(DatabaseKind kind)
    {
        // Only the history table, holding only the newer migration: nothing of this version's schema.
        await using var database = await TestDatabase.CreateAsync(kind);
        await AddHistoryRowAsync(database, Newer);
        await using var db = database.CreateContext();

        var migrate = () => db.Database.MigrateAsync();

        await migrate.Should().ThrowAsync<UnknownMigrationsException>();
        (await SchemaSnapshot.TablesAsync(db)).Should().BeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(Newer);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Opting_in_lets_Migrate_apply_this_versions_migrations_and_keep_the_unknown_one(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await AddHistoryRowAsync(database, Newer);
        await using (var refused = database.CreateContext())
        {
            // A refusal releases the migration lock: the migration below must not wait for it.
            var migrate = () => refused.Database.MigrateAsync();
            await migrate.Should().ThrowAsync<UnknownMigrationsException>();
        }

        await using var db = database.CreateContext(o => o.AllowUnknownMigrations());
        await db.Database.MigrateAsync().WaitAsync(TimeSpan.FromSeconds(15));

        (await SchemaSnapshot.TablesAsync(db)).Should().HaveCount(db.Model.GetEntityTypes().Count());
        (await db.Database.GetAppliedMigrationsAsync()).Should().BeEquivalentTo(db.Database.GetMigrations().Append(Newer));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Registration_can_opt_in(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        await AddHistoryRowAsync(database, Newer);
        await using var services = database.Register(new ServiceCollection(), o => o.AllowUnknownMigrations = true).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();

        await db.Database.MigrateAsync();

        (await db.Database.GetAppliedMigrationsAsync()).Should().BeEquivalentTo(db.Database.GetMigrations().Append(Newer));
    }

    [Fact]
    public void Opting_in_needs_a_provider_first()
    {
        var act = () => new DbContextOptionsBuilder<DefenceTiesDbContext>().AllowUnknownMigrations();

        act.Should().Throw<InvalidOperationException>().WithMessage("*UseDefenceTiesSqlite*");
    }

    [Fact]
    public async Task Opting_in_survives_a_second_provider_call()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.SqliteInMemory);
        await AddHistoryRowAsync(database, Newer);
        await using var db = database.CreateContext(o => o.AllowUnknownMigrations().UseDefenceTiesSqlite(database.ConnectionString));

        await db.Database.MigrateAsync();

        (await db.Database.GetAppliedMigrationsAsync()).Should().BeEquivalentTo(db.Database.GetMigrations().Append(Newer));
    }

    /// <summary>Records <paramref name="migrationId"/> as applied, creating the history table if need be (its shape is EF Core's).</summary>
    private static async Task AddHistoryRowAsync(TestDatabase database, string migrationId)
    {
        await using var db = database.CreateContext();
        var history = db.GetService<IHistoryRepository>();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript());
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(migrationId, "99.0.0")));
    }

    private static async Task<IReadOnlyList<string>> StateAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var state = new List<string>(await Fingerprint.OfAsync(database));
        state.AddRange(await SchemaSnapshot.FullAsync(db));
        state.AddRange(await db.Database.GetAppliedMigrationsAsync());
        return state;
    }
}
