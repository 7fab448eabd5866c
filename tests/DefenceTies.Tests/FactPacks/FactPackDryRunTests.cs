using DefenceTies.FactPacks;
using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace DefenceTies.Tests.FactPacks;

/// <summary>
/// The dry run of an import (<see cref="FactPackImporting.PlanFactPackImportAsync"/>) on every
/// provider: per fact, what the import would add, which known fact it would corroborate, and what it
/// would refuse with the import's own problems; the counts the import then reports; and nothing
/// written, no transaction, no write lock.
/// </summary>
public class FactPackDryRunTests
{
    private static readonly string SecondPack = FactPackImportTests.PackPath("test-india-vietnam.json");
    private static readonly string ThirdPack = FactPackImportTests.PackPath("test-india-vietnam-again.json");

    /// <summary>What does not depend on the provider: SQLite in memory.</summary>
    public static TheoryData<DatabaseKind> InMemory => Databases.Rows(DatabaseKind.SqliteInMemory);

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_plan_of_a_new_pack_lists_its_adds_and_the_stored_facts_it_restates_and_writes_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);
        var prasad = await db.People.Where(p => p.Name == "Amitabh Prasad").Select(p => p.Id).SingleAsync();

        var plan = await db.PlanFactPackImportAsync(await FactPack.LoadAsync(SecondPack));

        plan.WouldImport.Should().BeTrue(string.Join(" | ", plan.Problems));
        plan.AlreadyImported.Should().BeFalse();
        plan.Source.Should().Be(SecondPack);
        plan.Facts.Select(f => (f.Path, f.Type, f.Outcome)).Should().Equal(
            ("$.facts[0]", "organisation", FactPackFactOutcome.Corroborate),
            ("$.facts[1]", "person", FactPackFactOutcome.Corroborate),
            ("$.facts[2]", "post", FactPackFactOutcome.Corroborate),
            ("$.facts[3]", "postHolding", FactPackFactOutcome.Corroborate),
            ("$.facts[4]", "agreement", FactPackFactOutcome.Add),
            ("$.facts[5]", "exercise", FactPackFactOutcome.Add),
            ("$.facts[6]", "engagement", FactPackFactOutcome.Add),
            ("$.facts[7]", "policy", FactPackFactOutcome.Corroborate));
        var person = plan.Facts[1];
        person.Id.Should().Be("prasad");
        person.Corroborates!.Should().BeEquivalentTo(new { Fact = nameof(Person), StoredId = (int?)prasad, Source = (string?)null, Path = (string?)null, IsStored = true });
        person.Corroborates.ToString().Should().StartWith($"stored Person {prasad} {{\"document\": ");
        person.Corroborates.Reference.Document.Should().NotBe(person.Reference!.Document, "the known person is named through the document that stored it");
        plan.Facts[4].Corroborates.Should().BeNull();
        plan.Facts.Should().OnlyContain(f => f.Problems.Count == 0);
        plan.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(Agreement), 1, 0))
            .And.ContainEquivalentOf(new FactPackImportCount(nameof(Person), 0, 1));
        (await RowCounts.OfAsync(db)).Should().Equal(before, "a dry run writes nothing");
        db.ChangeTracker.Entries().Should().BeEmpty("the planted facts are cleared, not saved");
        db.Database.CurrentTransaction.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_plan_and_the_import_that_follows_agree_on_every_count(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var second = await FactPack.LoadAsync(SecondPack);
        var third = await FactPack.LoadAsync(ThirdPack);

        var secondPlan = await db.PlanFactPackImportAsync(second);
        var secondResult = await db.ImportFactPackAsync(second);
        var thirdPlan = await db.PlanFactPackImportAsync(third);
        var thirdResult = await db.ImportFactPackAsync(third);
        var againPlan = await db.PlanFactPackImportAsync(third);

        secondPlan.Counts.Should().Equal(secondResult.Counts);
        (secondPlan.Added, secondPlan.Merged).Should().Be((secondResult.Added, secondResult.Merged));
        thirdPlan.Counts.Should().Equal(thirdResult.Counts).And.BeEquivalentTo([new FactPackImportCount(nameof(Agreement), 0, 1), new FactPackImportCount(nameof(AgreementParty), 0, 2)]);
        againPlan.AlreadyImported.Should().BeTrue("the import that followed stored the document");
        againPlan.WouldImport.Should().BeTrue();
        againPlan.Facts.Should().BeEmpty();
        againPlan.Counts.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_pack_whose_facts_are_stored_plans_corroborations_naming_the_stored_fact(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, Path.GetFileName(SecondPack));
        await using var db = database.CreateContext();
        var mou = await db.Agreements.Where(a => a.Subject == "defence industry cooperation").Select(a => a.Id).SingleAsync();
        var before = await RowCounts.OfAsync(db);

        var plan = await db.PlanFactPackImportAsync(await FactPack.LoadAsync(ThirdPack));

        plan.WouldImport.Should().BeTrue(string.Join(" | ", plan.Problems));
        var restated = plan.Facts.Should().ContainSingle().Subject;
        restated.Outcome.Should().Be(FactPackFactOutcome.Corroborate);
        restated.Corroborates!.Fact.Should().Be(nameof(Agreement));
        restated.Corroborates.StoredId.Should().Be(mou);
        plan.Counts.Should().BeEquivalentTo([new FactPackImportCount(nameof(Agreement), 0, 1), new FactPackImportCount(nameof(AgreementParty), 0, 2)]);
        (await RowCounts.OfAsync(db)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(FactPackImportTests.Contradictions), MemberType = typeof(FactPackImportTests))]
    public async Task The_plan_of_a_refused_pack_lists_the_problems_the_import_reports(DatabaseKind kind, string contradiction)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var (pack, path, message) = await FactPackImportTests.ContradictionAsync(db, contradiction);
        var before = await RowCounts.OfAsync(db);

        var plan = await db.PlanFactPackImportAsync(pack);
        var after = await RowCounts.OfAsync(db);
        var refusal = (await FluentActions.Awaiting(() => db.ImportFactPackAsync(pack)).Should().ThrowAsync<FactPackException>()).Which;

        plan.WouldImport.Should().BeFalse();
        plan.Problems.Should().Equal(refusal.Problems, "the dry run runs the import's checks");
        plan.Problems.Should().Contain(p => p.Path == path && p.Message.Contains(message));
        plan.ToRefusal()!.Message.Should().Be(refusal.Message);
        after.Should().Equal(before, "a dry run writes nothing");
        if (path.StartsWith("$.document", StringComparison.Ordinal))
        {
            plan.Facts.Should().BeEmpty("the import stops at its document");
        }
        else
        {
            var fact = plan.Facts.Single(f => path.StartsWith(f.Path + ".", StringComparison.Ordinal));
            fact.Outcome.Should().Be(FactPackFactOutcome.Refuse);
            fact.Problems.Should().Contain(p => p.Path == path);
            plan.Facts.SelectMany(f => f.Problems).Should().BeSubsetOf(plan.Problems);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Several_packs_are_planned_in_order_each_on_top_of_the_ones_before(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var second = await FactPack.LoadAsync(SecondPack);
        var third = await FactPack.LoadAsync(ThirdPack);
        var before = await RowCounts.OfAsync(db);

        var inOrder = await db.PlanFactPackImportsAsync([second, third, second]);
        var thirdFirst = await db.PlanFactPackImportsAsync([third, second]);

        inOrder.Should().HaveCount(3).And.OnlyContain(p => p.WouldImport);
        var restated = inOrder[1].Facts.Should().ContainSingle().Subject;
        restated.Outcome.Should().Be(FactPackFactOutcome.Corroborate, "the second pack's memorandum is planned before it");
        restated.Corroborates!.Should().BeEquivalentTo(new { Fact = nameof(Agreement), StoredId = (int?)null, Source = SecondPack, Path = "$.facts[4]", IsStored = false });
        inOrder[1].Counts.Should().BeEquivalentTo([new FactPackImportCount(nameof(Agreement), 0, 1), new FactPackImportCount(nameof(AgreementParty), 0, 2)]);
        inOrder[2].AlreadyImported.Should().BeTrue("the same pack planned earlier stores its document");
        thirdFirst.Should().ContainSingle("the import stops at the refused third pack, and so does the plan")
            .Which.Problems.Should().ContainSingle().Which.Path.Should().Be("$.facts[0].corroborates");
        (await RowCounts.OfAsync(db)).Should().Equal(before);

        foreach (var pack in new[] { second, third })
        {
            (await db.ImportFactPackAsync(pack)).Counts.Should().Equal(inOrder[pack == second ? 0 : 1].Counts, "importing in that order does what was planned");
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_agreement_left_with_one_party_is_refused_by_the_plan_as_the_save_refuses_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var oneParty = FactPackImportTests.Edited("test-india-vietnam.json", p => p["facts"]![4]!["parties"]!.AsArray().RemoveAt(1));
        var before = await RowCounts.OfAsync(db);

        var plan = await db.PlanFactPackImportAsync(oneParty);
        var import = () => db.ImportFactPackAsync(oneParty);

        plan.WouldImport.Should().BeFalse();
        plan.Problems.Should().ContainSingle().Which.Should().Match<FactPackProblem>(p => p.Path == "$" && p.Message.Contains("at least 2 distinct parties"));
        plan.Facts.Should().OnlyContain(f => f.Outcome != FactPackFactOutcome.Refuse, "no fact breaks a rule of its own");
        (await import.Should().ThrowAsync<DomainRuleException>()).Which.Message.Should().Be(plan.Problems[0].Message);
        (await RowCounts.OfAsync(db)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_synchronous_plan_does_what_the_asynchronous_one_does(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var second = FactPack.Load(SecondPack);
        var third = FactPack.Load(ThirdPack);

        var plan = db.PlanFactPackImport(second);
        var plans = db.PlanFactPackImports([second, third]);
        var expected = await db.PlanFactPackImportsAsync([second, third]);

        plan.Should().BeEquivalentTo(expected[0]);
        plans.Should().BeEquivalentTo(expected);
        db.PlanFactPackImports([third]).Single().WouldImport.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_context_that_does_not_track_by_default_plans_and_imports_alike(DatabaseKind kind)
    {
        // As a PostgreSQL read context is configured: the lookups need the loaded facts tracked.
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext(o => o.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        var pack = await FactPack.LoadAsync(SecondPack);

        var plan = await db.PlanFactPackImportAsync(pack);
        var result = await db.ImportFactPackAsync(pack);

        plan.WouldImport.Should().BeTrue(string.Join(" | ", plan.Problems));
        plan.Counts.Should().Equal(result.Counts);
        db.ChangeTracker.QueryTrackingBehavior.Should().Be(QueryTrackingBehavior.NoTracking, "the context's own behaviour is restored");
    }

    [Fact]
    public async Task A_dry_run_needs_no_write_lock_on_sqlite()
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.SqliteFile);
        await using var writer = new SqliteConnection(database.ConnectionString + ";Pooling=False");
        await writer.OpenAsync();
        await using var hold = writer.CreateCommand();
        hold.CommandText = "BEGIN IMMEDIATE";
        await hold.ExecuteNonQueryAsync();
        await using var db = new DefenceTiesDbContext(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite(database.ConnectionString + ";Default Timeout=1").Options);

        var plan = await db.PlanFactPackImportAsync(await FactPack.LoadAsync(SecondPack));

        plan.WouldImport.Should().BeTrue("another connection holds the write lock, and a dry run needs none");
        plan.Added.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task A_dry_run_works_in_a_read_only_postgresql_session_where_the_import_is_refused()
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.PostgreSql);
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>()
            .UseDefenceTiesPostgreSql(database.ConnectionString + ";Options=-c default_transaction_read_only=on").Options;
        await using var readOnly = new DefenceTiesDbContext(options);
        var pack = await FactPack.LoadAsync(SecondPack);

        var plan = await readOnly.PlanFactPackImportAsync(pack);
        var import = () => readOnly.ImportFactPackAsync(pack);

        plan.WouldImport.Should().BeTrue(string.Join(" | ", plan.Problems));
        plan.Facts.Should().Contain(f => f.Outcome == FactPackFactOutcome.Add);
        (await import.Should().ThrowAsync<DefenceTies.PostgreSql.ReadOnlyConnectionException>()).Which.Message.Should().Contain("transaction_read_only");
    }

    [Theory]
    [MemberData(nameof(InMemory))]
    public async Task A_context_with_unsaved_changes_is_not_planned_on(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        db.SourceDocuments.Add(new SourceDocument("test/unsaved", null, PartialDate.FromYear(2024), "Unsaved."));
        var pack = await FactPack.LoadAsync(SecondPack);

        var plan = () => db.PlanFactPackImportAsync(pack);

        (await plan.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("unsaved changes");
        db.ChangeTracker.Entries<SourceDocument>().Should().ContainSingle("nothing of the caller's is discarded");
    }
}
