using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DefenceTies.Tests.Migrations;

/// <summary>Up, down, up on every provider: a DBA's rollback path works and leaves nothing behind.</summary>
public class MigrationRoundTripTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Migrating_up_down_and_up_again_leaves_the_full_schema(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.CreateContext();
        var migrator = db.GetService<IMigrator>();
        var all = db.Database.GetMigrations().ToList();

        await migrator.MigrateAsync();
        var tablesUp = await SchemaSnapshot.TablesAsync(db);
        await migrator.MigrateAsync(Migration.InitialDatabase);
        var tablesDown = await SchemaSnapshot.TablesAsync(db);
        await migrator.MigrateAsync();

        all.Should().NotBeEmpty();
        tablesUp.Should().HaveCount(db.Model.GetEntityTypes().Count());
        tablesDown.Should().BeEmpty("migrating to 0 removes every table of the model");
        (await SchemaSnapshot.TablesAsync(db)).Should().Equal(tablesUp);
        (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(all);
        db.Database.HasPendingModelChanges().Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Seeded_data_survives_a_no_op_re_migration(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext(o => o.UseDefenceTiesSeeding());
        var before = await RowCounts.OfAsync(db);

        await db.Database.MigrateAsync();
        db.Database.Migrate();

        (await RowCounts.OfAsync(db)).Should().Equal(before);
        before["citations"].Should().BeGreaterThan(0);
    }
}
