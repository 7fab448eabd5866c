using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DefenceTies.Explorer.Tests;

/// <summary>The explorer over a given SQLite file, configured as <c>--database &lt;file&gt;</c> would.</summary>
public sealed class ExplorerFactory(string databasePath) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("database", databasePath).UseEnvironment("Production");
}
