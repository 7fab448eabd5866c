using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DefenceTies.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL model of <see cref="DefenceTiesDbContext"/> for this
/// migrations assembly. Adding migrations and scripting them never connects; commands that do
/// (<c>database update</c>) read the connection string from <c>DEFENCETIES_POSTGRES</c>.
/// </summary>
internal sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<DefenceTiesDbContext>
{
    public DefenceTiesDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("DEFENCETIES_POSTGRES") ?? "Host=localhost;Database=defenceties";
        return new DefenceTiesDbContext(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql(connectionString).Options);
    }
}
