using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DefenceTies.Sqlite;

/// <summary>
/// Lets <c>dotnet ef</c> build the SQLite model of <see cref="DefenceTiesDbContext"/> for this
/// migrations assembly without an application. The connection string is never opened for
/// <c>migrations add</c> or <c>script</c>; <c>database update</c> uses <c>DEFENCETIES_SQLITE</c> if set.
/// It builds the model from the configurations (<c>UseRuntimeModel</c>): <c>dbcontext optimize</c>
/// generates the compiled model from it, so must not read the one it replaces.
/// </summary>
internal sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<DefenceTiesDbContext>
{
    public DefenceTiesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DefenceTiesDbContext>()
            .UseDefenceTiesSqlite(Environment.GetEnvironmentVariable("DEFENCETIES_SQLITE") ?? "Data Source=defenceties.design.db")
            .UseRuntimeModel()
            .Options);
}
