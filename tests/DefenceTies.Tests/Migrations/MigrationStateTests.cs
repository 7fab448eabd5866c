using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DefenceTies.Tests.Migrations;

/// <summary>
/// A database's migration state, read from its history on every database kind, follows the rule
/// <c>Migrate</c> follows: a history row differing from a shipped migration only in case is that
/// migration; a row this version does not ship is unknown, and <c>Migrate</c> refuses the same list.
/// </summary>
public class MigrationStateTests
{
    private const string Newer = "20991231000000_MadeByANewerVersion";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_new_database_has_everything_pending_and_a_migrated_one_is_up_to_date(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.CreateContext();
        var known = db.Database.GetMigrations().ToList();

        var before = await MigrationState.ReadAsync(db, TestContext.Current.CancellationToken);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        var after = await MigrationState.ReadAsync(db, TestContext.Current.CancellationToken);

        before.Pending.Should().Equal(known);
        before.Applied.Should().BeEmpty();
        after.Applied.Should().Equal(known);
        after.IsUpToDate.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_history_row_differing_only_in_case_is_applied_as_Migrate_sees_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        await using var db = database.CreateContext();
        var last = db.Database.GetMigrations().Last();
        var lower = last.ToLowerInvariant();
        await db.Database.ExecuteSqlAsync($"UPDATE \"__EFMigrationsHistory\" SET migration_id = {lower} WHERE migration_id = {last}", TestContext.Current.CancellationToken);

        var state = await MigrationState.ReadAsync(db, TestContext.Current.CancellationToken);
        var migrate = () => db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        (await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).Should().Contain(lower).And.NotContain(last);
        state.Unknown.Should().BeEmpty();
        state.Pending.Should().BeEmpty();
        state.Applied.Should().Contain(last, "the shipped spelling is reported");
        state.IsUpToDate.Should().BeTrue();
        await migrate.Should().NotThrowAsync("Migrate matches the row to the shipped migration too");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_unknown_migration_is_the_one_Migrate_refuses(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        await using var db = database.CreateContext();
        var history = db.GetService<IHistoryRepository>();
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(Newer, "99.0.0")), TestContext.Current.CancellationToken);

        var state = await MigrationState.ReadAsync(db, TestContext.Current.CancellationToken);
        var migrate = () => db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        state.Unknown.Should().Equal(Newer);
        state.Pending.Should().BeEmpty();
        state.IsUpToDate.Should().BeFalse();
        (await migrate.Should().ThrowAsync<UnknownMigrationsException>()).Which.UnknownMigrations.Should().Equal(state.Unknown);
    }
}
