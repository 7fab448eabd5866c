using DefenceTies.Querying;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DefenceTies.Tests.Performance;

/// <summary>
/// On PostgreSQL the registration prepares statements automatically: a question asked again on a
/// connection is executed from its prepared statement instead of being parsed and planned again.
/// </summary>
public class PreparedStatementTests
{
    [Fact]
    public async Task A_question_asked_repeatedly_is_prepared_on_its_connection()
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.PostgreSql);

        var prepared = await PreparedAfterAskingAsync(database.ConnectionString);

        prepared.Should().ContainSingle(s => s.Contains("agreement_parties", StringComparison.Ordinal), "the agreements-between question ran six times");
    }

    [Fact]
    public async Task Sessions_run_without_parallel_append()
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.PostgreSql);
        await using var provider = new ServiceCollection().AddDefenceTiesPostgreSql(database.ConnectionString).BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();

        var setting = await db.Database.SqlQueryRaw<string>("SELECT current_setting('enable_parallel_append') AS \"Value\"").SingleAsync();

        setting.Should().Be("off");
    }

    [Fact]
    public async Task A_connection_string_that_turns_preparation_off_is_obeyed()
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.PostgreSql);
        var off = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxAutoPrepare = 0 }.ConnectionString;

        var prepared = await PreparedAfterAskingAsync(off);

        prepared.Should().BeEmpty();
    }

    private static async Task<List<string>> PreparedAfterAskingAsync(string connectionString)
    {
        await using var provider = new ServiceCollection().AddDefenceTiesPostgreSql(connectionString).BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();
        await db.Database.OpenConnectionAsync();
        for (var i = 0; i < 6; i++)
        {
            var titles = await db.Agreements.AsNoTracking().Between("IN", "TH").Select(a => a.Subject).ToListAsync();
            titles.Should().NotBeEmpty("the report's agreements between India and Thailand are seeded");
        }

        // pg_prepared_statements lists this session's statements, the protocol-level ones Npgsql prepares included.
        return await db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();
    }
}
