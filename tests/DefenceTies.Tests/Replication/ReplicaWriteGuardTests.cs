using DefenceTies.Bulk;
using DefenceTies.FactPacks;
using DefenceTies.Model;
using DefenceTies.PostgreSql;
using DefenceTies.Seeding;
using DefenceTies.Tests.FactPacks;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Replication;

/// <summary>
/// Nothing writes through a read context or to a standby: migrations, seeding, saving, ExecuteUpdate,
/// the bulk importer and the fact-pack importer are refused with <see cref="ReadOnlyConnectionException"/> before
/// anything is written, and nothing changes on the primary.
/// </summary>
[Collection(ReplicaTestGroup.Name)]
[Trait(TestTier.Name, TestTier.Process)]
public class ReplicaWriteGuardTests
{
    [Fact]
    public async Task Migrating_through_a_read_context_is_refused()
    {
        await using var database = await ReplicaDatabase.CreateAsync(migrate: false);
        await using var reader = await database.Readers.CreateDbContextAsync();

        var migrate = () => reader.Database.MigrateAsync();

        var refused = (await migrate.Should().ThrowAsync<ReadOnlyConnectionException>()).Which;
        refused.Operation.Should().Be("Applying migrations");
        refused.Message.Should().Contain("IDefenceTiesReadContextFactory").And.Contain("primary");
        await using var writer = await database.Writers.CreateDbContextAsync();
        (await writer.Database.GetAppliedMigrationsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Migrating_a_context_whose_connection_reaches_a_standby_is_refused_before_any_statement()
    {
        var set = await PostgreSqlReplicaSet.GetAsync();
        var name = await set.CreateDatabaseAsync();
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql(set.Standby.ConnectionStringFor(name)).Options;
        await using var onStandby = new DefenceTiesDbContext(options);

        var migrateAsync = () => onStandby.Database.MigrateAsync();
        var migrate = () => onStandby.Database.Migrate();

        (await migrateAsync.Should().ThrowAsync<ReadOnlyConnectionException>()).Which.Message
            .Should().Contain("hot standby").And.Contain($"127.0.0.1:{set.Standby.Port}").And.Contain("pg_is_in_recovery()");
        migrate.Should().Throw<ReadOnlyConnectionException>().Which.Operation.Should().Be("Applying migrations");
    }

    [Fact]
    public async Task Saving_through_a_read_context_is_refused_even_when_it_runs_on_the_primary()
    {
        // One host: with no standby to prefer, reads run on the primary, which would accept writes.
        await using var database = await ReplicaDatabase.CreateAsync(hosts: s => [s.Primary]);
        await using var reader = await database.Readers.CreateDbContextAsync();
        (await ReplicaDatabase.ServerOfAsync(reader)).InRecovery.Should().BeFalse();

        reader.SourceDocuments.Add(ReplicaDatabase.Document("through-a-reader"));
        var save = () => reader.SaveChangesAsync();
        var update = () => reader.SourceDocuments.ExecuteUpdateAsync(s => s.SetProperty(d => d.Title, "changed"));

        (await save.Should().ThrowAsync<ReadOnlyConnectionException>()).Which.Operation.Should().Be("Saving changes");
        (await update.Should().ThrowAsync<ReadOnlyConnectionException>()).Which.Operation.Should().Be("ExecuteUpdate");
        await using var writer = await database.Writers.CreateDbContextAsync();
        (await writer.SourceDocuments.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Seeding_through_a_read_context_is_refused_and_stores_nothing()
    {
        await using var database = await ReplicaDatabase.CreateAsync();
        await using var reader = await database.Readers.CreateDbContextAsync();

        var seed = () => DefenceTiesSeeder.Default.SeedAsync(reader);

        var failed = (await seed.Should().ThrowAsync<DefenceTiesSeedException>()).Which;
        failed.InnerException.Should().BeOfType<ReadOnlyConnectionException>();
        failed.Message.Should().Contain("this context reads");
        await using var writer = await database.Writers.CreateDbContextAsync();
        (await writer.AppliedSeeds.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_write_that_reaches_a_standby_is_refused_with_the_librarys_error()
    {
        await using var database = await ReplicaDatabase.CreateAsync();
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql(database.Set.Standby.ConnectionStringFor(database.Name)).Options;
        await using var onStandby = new DefenceTiesDbContext(options);
        onStandby.SourceDocuments.Add(ReplicaDatabase.Document("on-a-standby"));

        var save = () => onStandby.SaveChangesAsync();

        var refused = (await save.Should().ThrowAsync<DbUpdateException>()).Which.Should().BeOfType<ReadOnlyConnectionException>().Subject;
        refused.Operation.Should().Be("Saving changes");
        refused.Message.Should().Contain("read-only");
    }

    [Fact]
    public async Task The_bulk_importer_refuses_a_standby()
    {
        await using var database = await ReplicaDatabase.CreateAsync();
        var importer = new PostgreSqlBulkImporter(database.Set.Standby.ConnectionStringFor(database.Name));
        var batch = new BulkImportBatch();
        batch.SourceDocuments.Add(new SourceDocumentRow { Id = 1, Key = "bulk-on-a-standby", PublishedOn = PartialDate.FromYear(2024), Text = "Text." });

        var import = async () => await importer.ImportAsync(batch);

        var refused = (await import.Should().ThrowAsync<ReadOnlyConnectionException>()).Which;
        refused.Operation.Should().Be("A bulk import");
        refused.Message.Should().Contain("hot standby");
        await using var writer = await database.Writers.CreateDbContextAsync();
        (await writer.SourceDocuments.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task The_fact_pack_importer_refuses_a_standby_before_it_writes()
    {
        await using var database = await ReplicaDatabase.CreateAsync();
        await using (var writer = await database.Writers.CreateDbContextAsync())
        {
            await DefenceTiesSeeder.Default.SeedAsync(writer);
        }

        await database.Set.WaitForReplayAsync(database.Set.Standby);
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql(database.Set.Standby.ConnectionStringFor(database.Name)).Options;
        await using var onStandby = new DefenceTiesDbContext(options);
        var pack = await FactPack.LoadAsync(FactPackImportTests.PackPath("test-india-vietnam.json"));

        var importAsync = () => onStandby.ImportFactPackAsync(pack);
        var import = () => onStandby.ImportFactPack(pack);

        var refused = (await importAsync.Should().ThrowAsync<ReadOnlyConnectionException>()).Which;
        refused.Operation.Should().Be("Importing a fact pack");
        refused.Message.Should().Contain("hot standby").And.Contain($"127.0.0.1:{database.Set.Standby.Port}");
        import.Should().Throw<ReadOnlyConnectionException>().Which.Message.Should().Contain("hot standby");
        await using var check = await database.Writers.CreateDbContextAsync();
        (await check.SourceDocuments.CountAsync(d => d.Key == pack.DocumentKey)).Should().Be(0);
    }
}
