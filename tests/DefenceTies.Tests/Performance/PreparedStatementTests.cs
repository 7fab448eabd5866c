using DefenceTies.Querying;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DefenceTies.Tests.Performance;

/// <summary>
/// On PostgreSQL the session settings are the application's choice: without
/// <c>UseDefenceTiesSessionSettings()</c> a session is exactly what its connection string makes it;
/// with it, a question asked again on a connection is executed from its prepared statement and the
/// session runs without Parallel Append, unless the connection string says otherwise.
/// </summary>
public class PreparedStatementTests
{
    [Fact]
    public async Task Without_the_option_a_session_is_what_its_connection_string_makes_it()
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.PostgreSql);
        await using var provider = new ServiceCollection().AddDefenceTiesPostgreSql(database.ConnectionString).BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();

        db.Database.GetDbConnection().ConnectionString.Should().Be(database.ConnectionString);
        (await ParallelAppendAsync(db)).Should().Be("on", "the server's default stands");
        (await PreparedAfterAskingAsync(db)).Should().BeEmpty();
    }

    [Fact]
    public async Task With_the_option_a_question_asked_repeatedly_is_prepared_and_sessions_run_without_parallel_append()
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.PostgreSql);
        await using var provider = new ServiceCollection()
            .AddDefenceTiesPostgreSql(database.ConnectionString, npgsqlOptionsAction: npgsql => npgsql.UseDefenceTiesSessionSettings())
            .BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();

        (await ParallelAppendAsync(db)).Should().Be("off");
        (await PreparedAfterAskingAsync(db)).Should().ContainSingle(s => s.Contains("agreement_parties", StringComparison.Ordinal), "the agreements-between question ran six times");
    }

    [Fact]
    public async Task With_the_option_the_connection_strings_own_values_win()
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.PostgreSql);
        var own = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxAutoPrepare = 0, Options = "-c enable_parallel_append=on" }.ConnectionString;
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql(own, npgsql => npgsql.UseDefenceTiesSessionSettings()).Options;
        await using var db = new DefenceTiesDbContext(options);

        (await ParallelAppendAsync(db)).Should().Be("on");
        (await PreparedAfterAskingAsync(db)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_data_source_built_with_the_settings_runs_without_parallel_append()
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.PostgreSql);
        await using var dataSource = new NpgsqlDataSourceBuilder(database.ConnectionString).UseDefenceTiesSessionSettings().Build();
        await using var provider = new ServiceCollection().AddDefenceTiesPostgreSql(dataSource).BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();

        (await ParallelAppendAsync(db)).Should().Be("off");
    }

    private static Task<string> ParallelAppendAsync(DefenceTiesDbContext db) =>
        db.Database.SqlQueryRaw<string>("SELECT current_setting('enable_parallel_append') AS \"Value\"").SingleAsync();

    private static async Task<List<string>> PreparedAfterAskingAsync(DefenceTiesDbContext db)
    {
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
