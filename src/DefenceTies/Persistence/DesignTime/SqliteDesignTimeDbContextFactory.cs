using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DefenceTies.Persistence.DesignTime;

/// <summary>
/// Lets <c>dotnet ef</c> build the SQLite model (whose migrations live in this assembly) without an
/// application. The connection string is never opened for <c>migrations add</c> or <c>script</c>.
/// </summary>
internal sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<DefenceTiesDbContext>
{
    public DefenceTiesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseSqlite("Data Source=defenceties.design.db").Options);
}
