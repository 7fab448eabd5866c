using System.Text.Json;
using DefenceTies.FactPacks;
using DefenceTies.Tests.FactPacks;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Cli;

/// <summary>Each command's happy path, run in process (InProcessTool), on a SQLite file and on PostgreSQL.</summary>
public class CliCommandTests
{
    [Theory]
    [MemberData(nameof(ToolDatabases.All), MemberType = typeof(ToolDatabases))]
    public async Task Migrate_lists_pending_then_applies_them(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);

        var listed = await InProcessTool.RunOnAsync(database, "migrate");
        listed.ExitCode.Should().Be(0, listed.Error);
        listed.Output.Should().Contain("InitialCreate").And.Contain("pending");
        if (kind == DatabaseKind.SqliteFile)
        {
            File.Exists(DefenceTiesTool.Target(database)[1]).Should().BeFalse("listing must not create the database");
        }

        var applied = await InProcessTool.RunOnAsync(database, "migrate", "--apply");
        applied.ExitCode.Should().Be(0, applied.Error);
        applied.Output.Should().Contain("applied now");

        var json = await InProcessTool.RunOnAsync(database, "migrate", "--json");
        json.ExitCode.Should().Be(0, json.Error);
        using var document = JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("pending").GetArrayLength().Should().Be(0);
        document.RootElement.GetProperty("applied").EnumerateArray().Select(e => e.GetString()).Should().ContainMatch("*_InitialCreate");

        await using var db = database.CreateContext();
        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.All), MemberType = typeof(ToolDatabases))]
    public async Task Migrate_script_prints_sql_without_applying_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);

        var script = await InProcessTool.RunOnAsync(database, "migrate", "--script");

        script.ExitCode.Should().Be(0, script.Error);
        script.Output.Should().Contain("CREATE TABLE").And.Contain("nations");
        if (kind == DatabaseKind.PostgreSql)
        {
            script.Output.Should().Contain("IF NOT EXISTS", "the PostgreSQL script is idempotent");
        }

        await using var db = database.CreateContext();
        (await db.Database.GetAppliedMigrationsAsync()).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.All), MemberType = typeof(ToolDatabases))]
    public async Task Seed_applies_the_built_in_seeds_once(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);

        var first = await InProcessTool.RunOnAsync(database, "seed");
        var second = await InProcessTool.RunOnAsync(database, "seed", "--json");

        first.ExitCode.Should().Be(0, first.Error);
        first.Output.Should().Contain("applied now");
        second.ExitCode.Should().Be(0, second.Error);
        using var document = JsonDocument.Parse(second.Output);
        document.RootElement.GetProperty("applied").GetArrayLength().Should().Be(0);
        document.RootElement.GetProperty("alreadyApplied").GetArrayLength().Should().Be(2);
        await using var db = database.CreateContext();
        (await db.Nations.CountAsync()).Should().Be(249);
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.File), MemberType = typeof(ToolDatabases))]
    public async Task Verify_passes_on_the_seeds_and_exits_5_on_a_citation_moved_off_its_passage(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);

        var clean = await InProcessTool.RunOnAsync(database, "verify");
        clean.ExitCode.Should().Be(0, clean.Error);
        clean.Output.Should().Contain("OK");

        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE citations SET start_index = start_index + 1 WHERE id = (SELECT MIN(id) FROM citations)");
        }

        var dirty = await InProcessTool.RunOnAsync(database, "verify", "--json");
        dirty.ExitCode.Should().Be(5, dirty.Error);
        using var document = JsonDocument.Parse(dirty.Output);
        document.RootElement.GetProperty("ok").GetBoolean().Should().BeFalse();
        document.RootElement.GetProperty("fidelity").EnumerateArray()
            .Should().Contain(f => f.GetProperty("entity").GetString() == "Citation" && f.GetProperty("field").GetString() == "Passage");
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.File), MemberType = typeof(ToolDatabases))]
    public async Task Verify_checks_a_value_against_its_own_citation_and_exits_5_when_that_passage_does_not_state_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        int aimId, ownId;
        await using (var db = database.CreateContext())
        {
            // The aim's nation is cited on its own as implied ("'it' is India"); mark that citation
            // stated, as a careless pack might: its passage "it aims …" names no nation.
            var aim = await db.NationalAims.Where(a => a.Description.StartsWith("transition from being a major arms importer"))
                .Select(a => new { a.Id, Own = a.ValueCitations.Single(v => v.Property == "Nation").Citation.Id }).SingleAsync();
            (aimId, ownId) = (aim.Id, aim.Own);
            (await db.Database.ExecuteSqlAsync($"UPDATE citations SET support = 'Stated', note = NULL WHERE id = {aim.Own}")).Should().Be(1);
        }

        var json = await InProcessTool.RunOnAsync(database, "verify", "--json");
        var table = await InProcessTool.RunOnAsync(database, "verify");

        json.ExitCode.Should().Be(5, json.Error);
        using var document = JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("ok").GetBoolean().Should().BeFalse();
        var finding = document.RootElement.GetProperty("fidelity").EnumerateArray().Should().ContainSingle().Subject;
        finding.GetProperty("entity").GetString().Should().Be("NationalAim");
        finding.GetProperty("id").GetInt32().Should().Be(aimId);
        finding.GetProperty("field").GetString().Should().Be("Nation");
        finding.GetProperty("problem").GetString().Should().StartWith($"cited on its own (citation {ownId}): ")
            .And.Contain("IN (India) is marked stated").And.Contain("\"it aims to transition");
        table.ExitCode.Should().Be(5, table.Error);
        table.Output.Should().Contain("NationalAim").And.Contain("Nation").And.Contain("1 problem(s) found.");
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.File), MemberType = typeof(ToolDatabases))]
    public async Task Briefing_lists_the_bodies_both_nations_belong_to_and_tensions_between_them_each_cited(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, "test-bay-of-bengal-forum-2025.json", "test-sulu-sea-patrols.json");

        var forum = await InProcessTool.RunOnAsync(database, "briefing", "IN", "TH");
        forum.ExitCode.Should().Be(0, forum.Error);
        forum.Output.Should().Contain("India is a member of Bay of Bengal Defence Ministers' Forum (from 2021).")
            .And.Contain("Thailand is chair of Bay of Bengal Defence Ministers' Forum (from 2026).")
            .And.Contain("\"Thailand will chair the forum in 2026\"");

        var tension = await InProcessTool.RunOnAsync(database, "briefing", "MY", "PH");
        tension.ExitCode.Should().Be(0, tension.Error);
        tension.Output.Should().Contain("Tension between Malaysia and ").And.Contain("(since 2025-03).")
            .And.Contain("\"Tension between Malaysia and the Philippines has risen since March 2025 over the incidents.\"");
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.File), MemberType = typeof(ToolDatabases))]
    public async Task Briefing_lists_owners_and_shares_of_the_two_nations_companies_and_who_signed_their_agreements_each_cited(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using (var db = database.CreateContext())
        {
            await db.ImportFactPackAsync(await FactPack.LoadAsync(FactPackImportTests.PackPath("test-missile-joint-venture-2026.json")));
        }

        var briefing = await InProcessTool.RunOnAsync(database, "briefing", "MY", "PT");
        briefing.ExitCode.Should().Be(0, briefing.Error);
        briefing.Output.Should().Contain("Ownerships").And.Contain("Signatories")
            .And.Contain("Atlanvia Systems (Portugal) holds 50.5% of Atlanvia Perisai Missiles (joint venture).")
            .And.Contain("Perisai Dynamics (Malaysia) holds 49.5% of Atlanvia Perisai Missiles (joint venture).")
            .And.Contain("\"Atlanvia Systems holds 50.5 per cent of the new company\"")
            .And.Contain("Malaysia holds 100% of Perisai Dynamics (state owned enterprise, Malaysia).", "the pair's report states it")
            .And.Contain("Defence Science Institute (Malaysia) signed the memorandum of understanding on missile research (no title given) on behalf of Malaysia.")
            .And.Contain("Atlanvia Systems (Portugal) witnessed the signing of the memorandum of understanding on missile research (no title given).")
            .And.Contain("\"Officials of Atlanvia Systems witnessed the signing.\"");

        // A pair the report says nothing of: Malaysia's state company is not the pair's.
        var other = await InProcessTool.RunOnAsync(database, "briefing", "MY", "TH");
        other.ExitCode.Should().Be(0, other.Error);
        other.Output.Should().NotContain("Perisai").And.NotContain("Signatories");
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.File), MemberType = typeof(ToolDatabases))]
    public async Task Briefing_lists_the_deals_between_the_two_a_company_counting_for_its_nation_each_cited(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, "test-coastal-missile-contract-2026.json");

        var briefing = await InProcessTool.RunOnAsync(database, "briefing", "NO", "PH");
        briefing.ExitCode.Should().Be(0, briefing.Error);
        briefing.Output.Should().Contain("Deals")
            .And.Contain("Fjordvakt Defence (Norway) to Philippines: sale of 12 shore-based anti-ship missile launchers, about 410,000,000 EUR.")
            .And.Contain("Fjordvakt Defence (Norway) to Batangas Ordnance Works (Philippines): licensed production of 2 shore-based anti-ship missile launchers.")
            .And.Contain("\"Two of the twelve launchers will be built under licence in the Philippines by the state-owned Batangas Ordnance Works\"");

        var grant = await InProcessTool.RunOnAsync(database, "briefing", "KR", "PH");
        grant.Output.Should().Contain("Korea, Republic of to Philippine Coast Guard (Philippines): grant of 3 decommissioned patrol vessels, between 20,000,000 and 25,000,000 USD.")
            .And.NotContain("Fjordvakt");
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.File), MemberType = typeof(ToolDatabases))]
    public async Task Briefing_lists_the_legal_life_of_the_pairs_agreements_each_step_cited(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, "test-defence-pact-ratified-2027.json");

        var briefing = await InProcessTool.RunOnAsync(database, "briefing", "CL", "ID");
        briefing.ExitCode.Should().Be(0, briefing.Error);
        briefing.Output.Should().Contain("Legal life")
            .And.Contain("The treaty on defence cooperation (no title given): ratified by Indonesia (House of Representatives) on 2026-11-18.")
            .And.Contain("The treaty on defence cooperation (no title given): entered into force on 2027-02-01.")
            .And.Contain("\"Chile's National Congress ratified it on January 12, 2027\"");
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.File), MemberType = typeof(ToolDatabases))]
    public async Task Briefing_cites_every_fact_marks_implied_ones_and_says_whose_claim_a_fact_is(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);

        var briefing = await InProcessTool.RunOnAsync(database, "briefing", "IN", "TH");

        briefing.ExitCode.Should().Be(0, briefing.Error);
        briefing.Error.Should().BeEmpty();
        briefing.Output.Should().Contain("The India delegation was led by Amitabh Prasad, Joint Secretary (International Cooperation).")
            .And.Contain("source (")
            .And.Contain("\"The Indian delegation was led by the Defence Ministry's Joint Secretary (International Cooperation) Amitabh Prasad\"")
            .And.Contain("(according to India's Defence Ministry)")
            .And.Contain("(according to Nagesh Singh)")
            .And.Contain("[implied: ")
            .And.Contain("Exercise MAITREE");
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.File), MemberType = typeof(ToolDatabases))]
    public async Task Briefing_json_parses_and_takes_alpha_3_codes_in_any_case(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);

        var briefing = await InProcessTool.RunOnAsync(database, "briefing", "tha", "ind", "--json");

        briefing.ExitCode.Should().Be(0, briefing.Error);
        using var document = JsonDocument.Parse(briefing.Output);
        var root = document.RootElement;
        root.GetProperty("nations").EnumerateArray().Select(n => n.GetProperty("alpha2Code").GetString()).Should().Equal("TH", "IN");
        var facts = root.GetProperty("facts").EnumerateArray().ToList();
        facts.Should().Contain(f => f.GetProperty("text").GetString()!.Contains("Amitabh Prasad", StringComparison.Ordinal));
        facts.Should().OnlyContain(f => f.GetProperty("evidence").GetProperty("passage").GetString()!.Length > 0);
        facts.Where(f => f.GetProperty("evidence").GetProperty("support").GetString() == "Implied")
            .Should().NotBeEmpty().And.OnlyContain(f => f.GetProperty("evidence").GetProperty("note").GetString()!.Length > 0);
        facts.Should().Contain(f => f.GetProperty("evidence").GetProperty("claimedBy").EnumerateArray().Any(c => c.GetString() == "India's Defence Ministry"));
    }

    [Theory]
    [MemberData(nameof(ToolDatabases.All), MemberType = typeof(ToolDatabases))]
    public async Task Stats_counts_rows_sources_dates_and_size(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);

        var table = await InProcessTool.RunOnAsync(database, "stats");
        var json = await InProcessTool.RunOnAsync(database, "stats", "--json");

        table.ExitCode.Should().Be(0, table.Error);
        table.Output.Should().Contain("nations").And.Contain("249");
        json.ExitCode.Should().Be(0, json.Error);
        using var document = JsonDocument.Parse(json.Output);
        var root = document.RootElement;
        root.GetProperty("tables").EnumerateArray().Should().Contain(t => t.GetProperty("table").GetString() == "nations" && t.GetProperty("rows").GetInt64() == 249);
        root.GetProperty("sources").GetArrayLength().Should().Be(2);
        root.GetProperty("dateRange").GetProperty("earliest").GetString().Should().Be("2012");
        root.GetProperty("dateRange").GetProperty("latest").GetString().Should().Be("2024-12-12");
        root.GetProperty("sizeBytes").GetInt64().Should().BePositive();
    }
}
