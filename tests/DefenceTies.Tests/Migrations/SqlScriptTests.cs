using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Migrations;

/// <summary>The checked-in SQL in sql/ applies as a DBA would apply it, and yields the schema Migrate() yields.</summary>
public class SqlScriptTests
{
    private static string SqlFolder(string provider) => Path.Combine(RepositoryPaths.Root, "sql", provider);

    [Fact]
    public async Task The_postgresql_script_applies_twice_with_psql_and_yields_the_migrated_schema()
    {
        var psql = ExternalTool.Require("psql", "postgresql-client");
        await using var scripted = await TestDatabase.CreateAsync(DatabaseKind.PostgreSql);
        await using var migrated = await TestDatabase.CreateMigratedAsync(DatabaseKind.PostgreSql);
        // roles.sql is not a migration script: RoleTests apply it.
        var scripts = Directory.GetFiles(SqlFolder("postgresql"), "*.sql").Where(f => Path.GetFileName(f) != "roles.sql").Order(StringComparer.Ordinal).ToList();

        scripts.Should().NotBeEmpty();
        for (var run = 1; run <= 2; run++)
        {
            foreach (var script in scripts)
            {
                var result = await ExternalTool.RunAsync(psql, ["-v", "ON_ERROR_STOP=1", "-q", "-f", script], environment: ExternalTool.PsqlEnvironment(scripted.ConnectionString));
                result.ExitCode.Should().Be(0, $"run {run} of {Path.GetFileName(script)} must succeed: {result.Error}");
            }
        }

        await using var a = scripted.CreateContext();
        await using var b = migrated.CreateContext();
        (await SchemaSnapshot.FullAsync(a)).Should().Equal(await SchemaSnapshot.FullAsync(b));
        (await a.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task The_sqlite_scripts_apply_in_order_with_sqlite3_bail_and_yield_the_migrated_schema()
    {
        var sqlite3 = ExternalTool.Require("sqlite3", "sqlite3");
        await using var scripted = await TestDatabase.CreateAsync(DatabaseKind.SqliteFile);
        await using var migrated = await TestDatabase.CreateMigratedAsync(DatabaseKind.SqliteFile);
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(scripted.ConnectionString).DataSource;
        var scripts = Directory.GetFiles(SqlFolder("sqlite"), "*.sql").Order(StringComparer.Ordinal).ToList();

        scripts.Should().NotBeEmpty();
        foreach (var script in scripts)
        {
            var result = await ExternalTool.RunAsync(sqlite3, ["-bail", file], standardInputFile: script);
            result.ExitCode.Should().Be(0, $"{Path.GetFileName(script)} must apply: {result.Error}");
        }

        await using var a = scripted.CreateContext();
        await using var b = migrated.CreateContext();
        (await SchemaSnapshot.FullAsync(a)).Should().Equal(await SchemaSnapshot.FullAsync(b));
        (await a.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Apply_missing_applies_each_sqlite_script_once()
    {
        ExternalTool.Require("sqlite3", "sqlite3");
        var bash = ExternalTool.Require("bash", "bash");
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.SqliteFile);
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        var script = Path.Combine(SqlFolder("sqlite"), "apply-missing.sh");
        var expected = Directory.GetFiles(SqlFolder("sqlite"), "*.sql").Length;

        var first = await ExternalTool.RunAsync(bash, [script, file]);
        var second = await ExternalTool.RunAsync(bash, [script, file]);

        first.ExitCode.Should().Be(0, first.Error);
        first.Output.Should().Contain($"{expected} migration(s) applied");
        second.ExitCode.Should().Be(0, second.Error);
        second.Output.Should().Contain("0 migration(s) applied");
        await using var db = database.CreateContext();
        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await SchemaSnapshot.TablesAsync(db)).Should().HaveCount(db.Model.GetEntityTypes().Count());
        // As after Migrate(): the file is in WAL mode (docs/reliability.md, docs/dba.md).
        (await db.Database.SqlQuery<string>($"SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").ToListAsync()).Should().Equal("wal");
    }
}
