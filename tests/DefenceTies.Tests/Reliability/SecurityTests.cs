using System.Text;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DefenceTies.Tests.Reliability;

public class SecurityTests
{
    [Fact]
    public void Sensitive_data_logging_is_off_in_every_way_the_library_builds_a_context()
    {
        var services = new ServiceCollection();
        services.AddDefenceTiesSqlite("Data Source=:memory:");
        using var provider = services.BuildServiceProvider();
        using var registered = provider.GetRequiredService<IDbContextFactory<DefenceTiesDbContext>>().CreateDbContext();
        using var plain = new DefenceTiesDbContext(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite("Data Source=:memory:").UseDefenceTiesSeeding().Options);
        using var postgres = new DefenceTiesDbContext(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql("Host=localhost").Options);

        foreach (var db in new DbContext[] { registered, plain, postgres })
        {
            db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.IsSensitiveDataLoggingEnabled.Should().BeFalse();
        }
    }

    [Fact]
    public async Task A_connection_password_never_reaches_the_logs_even_when_a_save_fails()
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.PostgreSql);
        const string secret = "s3cret-defenceties-password";
        var withPassword = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Password = secret }.ConnectionString;
        var log = new StringBuilder();
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>()
            .UseDefenceTiesPostgreSql(withPassword)
            .UseDefenceTiesSeeding()
            .LogTo(line => log.AppendLine(line), Microsoft.Extensions.Logging.LogLevel.Trace)
            .Options;

        await using (var db = new DefenceTiesDbContext(options))
        {
            await db.Database.MigrateAsync();
            await db.Nations.CountAsync();
            db.Add(new DefenceTies.Model.Region("Bay of Bengal", DefenceTies.Model.RegionKind.MaritimeArea, await db.Citations.Include(c => c.SourceDocument).FirstAsync()));
            var failing = () => db.SaveChangesAsync();
            (await failing.Should().ThrowAsync<DefenceTies.Model.ConstraintViolationException>()).Which.ToString().Should().NotContain(secret);
        }

        log.Length.Should().BeGreaterThan(0);
        log.ToString().Should().NotContain(secret);
    }

    [Fact]
    public void The_library_builds_no_sql_from_strings_at_run_time()
    {
        var source = Path.Combine(RepositoryPaths.Root, "src");
        var files = Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var rawSql = files.Where(f => File.ReadAllText(f) is var text
            && (text.Contains("FromSqlRaw", StringComparison.Ordinal) || text.Contains("ExecuteSqlRaw", StringComparison.Ordinal) || text.Contains("SqlQueryRaw", StringComparison.Ordinal)));

        rawSql.Should().BeEmpty("queries go through LINQ or parameterised interpolation; EF1002 is an error in every project");
    }
}
