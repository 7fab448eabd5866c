using DefenceTies.FactPacks;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Explorer.Tests;

/// <summary>
/// A SQLite file of its own (tests rank claims in it, so it is not shared): migrated and seeded,
/// with the library tests' made-up India–Vietnam report and a second made-up report that calls its
/// memorandum <c>Agreed</c> where the first said <c>Signed</c>, a competing claim for its status.
/// </summary>
public sealed class ClaimsDatabase : IAsyncDisposable
{
    public const string SignedPassage = "India and Vietnam signed a memorandum of understanding on defence industry cooperation on March 3, 2025.";

    public const string AgreedPassage = "India and Vietnam signed a memorandum of understanding on defence industry cooperation on March 3, 2025, an official confirmed.";

    private ClaimsDatabase()
    {
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"defenceties-explorer-claims-{Guid.NewGuid():N}.db");

    public static async Task<ClaimsDatabase> CreateAsync()
    {
        var database = new ClaimsDatabase();
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        await db.ImportFactPackAsync(await FactPack.LoadAsync(PackPath("test-india-vietnam.json")));
        await db.ImportFactPackAsync(Disagreeing());
        return database;
    }

    public DefenceTiesDbContext CreateContext() => SeededDatabase.CreateContext(Path);

    public ValueTask DisposeAsync()
    {
        File.Delete(Path);
        return ValueTask.CompletedTask;
    }

    /// <summary>A made-up report copied next to the tests (see the project file).</summary>
    internal static string PackPath(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Packs", name);

    /// <summary>The second report as stored, but giving the status <c>Agreed</c>; its text, and so its hash, unchanged.</summary>
    private static FactPack Disagreeing()
    {
        var pack = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(PackPath("test-india-vietnam-again.json")))!;
        pack["facts"]![0]!["status"] = "Agreed";
        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(pack.ToJsonString()));
        using var text = File.OpenRead(PackPath(pack["document"]!["text"]!.GetValue<string>()));
        return FactPack.Read(json, text, "test-india-vietnam-again.json");
    }
}
