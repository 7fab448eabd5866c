using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Explorer.Tests;

/// <summary>Databases the explorer cannot read get a message, never a stack trace, and are not changed.</summary>
public sealed class DatabaseStateTests
{
    [Fact]
    public async Task A_missing_file_is_explained_and_not_created()
    {
        var path = Path.Combine(Path.GetTempPath(), $"defenceties-missing-{Guid.NewGuid():N}.db");
        using var factory = new ExplorerFactory(path);
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/pair/IN/TH", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).Should().Contain("There is no database at").And.Contain("--migrate --seed");
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public async Task An_unmigrated_database_is_explained_and_left_alone()
    {
        var path = Path.Combine(Path.GetTempPath(), $"defenceties-empty-{Guid.NewGuid():N}.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE unrelated (x INTEGER)";
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            using var factory = new ExplorerFactory(path);
            using var client = factory.CreateClient();
            foreach (var url in new[] { "/", "/api/network" })
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
                (await response.Content.ReadAsStringAsync()).Should().Contain("has no DefenceTies tables yet").And.NotContain("   at ");
            }

            await using var check = new SqliteConnection($"Data Source={path};Pooling=False");
            await check.OpenAsync();
            await using var tables = check.CreateCommand();
            tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
            (await tables.ExecuteScalarAsync()).Should().Be(1L, "the explorer never migrates on its own");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_database_with_an_unknown_migration_is_explained()
    {
        var path = Path.Combine(Path.GetTempPath(), $"defenceties-other-{Guid.NewGuid():N}.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE \"__EFMigrationsHistory\" (\"migration_id\" TEXT PRIMARY KEY, \"product_version\" TEXT NOT NULL); "
                + "INSERT INTO \"__EFMigrationsHistory\" VALUES ('20990101000000_FromTheFuture', '99.0');";
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            using var factory = new ExplorerFactory(path);
            using var client = factory.CreateClient();
            using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            (await response.Content.ReadAsStringAsync()).Should().Contain("made by another build of DefenceTies").And.Contain("20990101000000_FromTheFuture");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_migration_id_differing_only_in_case_is_applied_as_the_library_sees_it()
    {
        // The explorer compared migration ids case-sensitively while the library and the CLI ignore
        // case (as EF Core does): it called such a database "made by another build".
        var path = Path.Combine(Path.GetTempPath(), $"defenceties-case-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite($"Data Source={path};Pooling=False").Options;
        await using (var db = new DefenceTiesDbContext(options))
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            var last = db.Database.GetMigrations().Last();
            var lower = last.ToLowerInvariant();
            await db.Database.ExecuteSqlAsync($"UPDATE \"__EFMigrationsHistory\" SET migration_id = {lower} WHERE migration_id = {last}", TestContext.Current.CancellationToken);
        }

        try
        {
            using var factory = new ExplorerFactory(path);
            using var client = factory.CreateClient();
            using var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
