using System.Net;
using Microsoft.Data.Sqlite;

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
}
