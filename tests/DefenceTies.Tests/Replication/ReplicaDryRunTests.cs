using DefenceTies.FactPacks;
using DefenceTies.PostgreSql;
using DefenceTies.Seeding;
using DefenceTies.Tests.FactPacks;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Replication;

/// <summary>
/// The dry run of an import on a hot standby, where the import itself is refused: it plans what
/// the primary would import, writing nothing and asking nothing the standby cannot answer.
/// </summary>
[Collection(ReplicaTestGroup.Name)]
[Trait(TestTier.Name, TestTier.Process)]
public class ReplicaDryRunTests
{
    [Fact]
    public async Task A_dry_run_on_a_hot_standby_plans_what_the_primary_then_imports()
    {
        await using var database = await ReplicaDatabase.CreateAsync();
        await using (var writer = await database.Writers.CreateDbContextAsync())
        {
            await DefenceTiesSeeder.Default.SeedAsync(writer);
        }

        await database.Set.WaitForReplayAsync(database.Set.Standby);
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql(database.Set.Standby.ConnectionStringFor(database.Name)).Options;
        await using var onStandby = new DefenceTiesDbContext(options);
        (await ReplicaDatabase.ServerOfAsync(onStandby)).InRecovery.Should().BeTrue();
        var second = await FactPack.LoadAsync(FactPackImportTests.PackPath("test-india-vietnam.json"));
        var third = await FactPack.LoadAsync(FactPackImportTests.PackPath("test-india-vietnam-again.json"));

        var plans = await onStandby.PlanFactPackImportsAsync([second, third]);
        var plan = onStandby.PlanFactPackImport(second);
        var import = () => onStandby.ImportFactPackAsync(second);

        plans.Should().HaveCount(2).And.OnlyContain(p => p.WouldImport);
        plans[0].Facts.Should().Contain(f => f.Outcome == FactPackFactOutcome.Add).And.Contain(f => f.Outcome == FactPackFactOutcome.Corroborate && f.Corroborates!.IsStored);
        plans[1].Facts.Should().ContainSingle().Which.Corroborates!.Path.Should().Be("$.facts[4]");
        plan.Should().BeEquivalentTo(plans[0], "the synchronous dry run does what the asynchronous one does");
        (await import.Should().ThrowAsync<ReadOnlyConnectionException>()).Which.Message.Should().Contain("hot standby");

        await using var primary = await database.Writers.CreateDbContextAsync();
        (await primary.ImportFactPackAsync(second)).Counts.Should().Equal(plans[0].Counts);
        (await primary.ImportFactPackAsync(third)).Counts.Should().Equal(plans[1].Counts);
    }

    [Fact]
    public async Task A_read_context_plans_an_import()
    {
        await using var database = await ReplicaDatabase.CreateAsync();
        await using (var writer = await database.Writers.CreateDbContextAsync())
        {
            await DefenceTiesSeeder.Default.SeedAsync(writer);
        }

        await database.Set.WaitForReplayAsync(database.Set.Standby);
        await using var reader = await database.Readers.CreateDbContextAsync();
        var pack = await FactPack.LoadAsync(FactPackImportTests.PackPath("test-india-vietnam.json"));

        var plan = await reader.PlanFactPackImportAsync(pack);

        plan.WouldImport.Should().BeTrue(string.Join(" | ", plan.Problems));
        plan.Added.Should().BeGreaterThan(0);
        await using var check = await database.Writers.CreateDbContextAsync();
        (await check.SourceDocuments.CountAsync(d => d.Key == pack.DocumentKey)).Should().Be(0);
    }
}
