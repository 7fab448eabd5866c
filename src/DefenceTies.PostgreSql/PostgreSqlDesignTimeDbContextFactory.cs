using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DefenceTies.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL model of <see cref="DefenceTiesDbContext"/> for this
/// migrations assembly. Adding migrations and scripting them never connects; commands that do
/// (<c>database update</c>) read the connection string from <c>DEFENCETIES_POSTGRES</c>.
/// It builds the model from the configurations (<c>UseRuntimeModel</c>): <c>dbcontext optimize</c>
/// generates the compiled model from it, so must not read the one it replaces.
/// </summary>
internal sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<DefenceTiesDbContext>
{
    public DefenceTiesDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("DEFENCETIES_POSTGRES") ?? "Host=localhost;Database=defenceties";
        return new DefenceTiesDbContext(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql(connectionString).UseRuntimeModel().Options);
    }
}
