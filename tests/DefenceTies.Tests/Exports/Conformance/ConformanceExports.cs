using System.Text;
using System.Text.RegularExpressions;
using DefenceTies.Exports;
using DefenceTies.FactPacks;
using DefenceTies.Tests.Infrastructure;

namespace DefenceTies.Tests.Exports.Conformance;

/// <summary>
/// The four exports of one database holding the built-in report and every test-fixture pack
/// (<c>FactPacks/Packs/*.json</c>, imported in order of publication), with two values of exported
/// facts cited on their own (<see cref="PlantedValueCitations"/>), made once per test run on
/// SQLite (a file) and on PostgreSQL. New fact types reach the real clients as soon as a fixture
/// pack states one.
/// </summary>
public sealed partial class ConformanceExports
{
    private static readonly Lazy<Task<ConformanceExports>> Shared = new(CreateAsync);

    private ConformanceExports(string folder, IReadOnlyDictionary<ExportFormat, string> sqlite, IReadOnlyDictionary<ExportFormat, string> postgreSql)
    {
        Folder = folder;
        Sqlite = sqlite;
        PostgreSql = postgreSql;
    }

    /// <summary>The folder holding the SQLite exports as files (<see cref="FileOf"/>), which the real clients read.</summary>
    public string Folder { get; }

    /// <summary>Each format's export of the SQLite database.</summary>
    public IReadOnlyDictionary<ExportFormat, string> Sqlite { get; }

    /// <summary>Each format's export of the PostgreSQL database holding the same facts.</summary>
    public IReadOnlyDictionary<ExportFormat, string> PostgreSql { get; }

    /// <summary>The exports, made on first use.</summary>
    public static Task<ConformanceExports> GetAsync() => Shared.Value;

    /// <summary>The file holding the SQLite export in <paramref name="format"/>.</summary>
    public string FileOf(ExportFormat format) => Path.Combine(Folder, FileName(format));

    /// <summary>Writes <paramref name="text"/> (a deliberately broken export, say) to a new file beside the exports and returns its path.</summary>
    public string WriteVariant(ExportFormat format, string name, string text)
    {
        var path = Path.Combine(Folder, $"{name}-{FileName(format)}");
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    /// <summary>
    /// <paramref name="export"/> with every row id (<c>person-3</c>, <c>citation-288</c>, and the ids
    /// built on them such as <c>working-group-1-member-THA</c>) renumbered per kind in order of first
    /// appearance, so exports of the same facts from two databases compare equal whatever numbers
    /// each database's keys took. Stable ids (<c>nation-IND</c>, <c>document-&lt;key&gt;</c>) stay.
    /// </summary>
    public static string WithoutRowIds(string export)
    {
        var numbers = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        return RowId().Replace(export, m =>
        {
            var kind = m.Groups["kind"].Value;
            if (!numbers.TryGetValue(kind, out var ofKind))
            {
                numbers[kind] = ofKind = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            if (!ofKind.TryGetValue(m.Groups["id"].Value, out var n))
            {
                ofKind[m.Groups["id"].Value] = n = ofKind.Count + 1;
            }

            return $"{kind}-#{n}";
        });
    }

    private static string FileName(ExportFormat format) => format switch
    {
        ExportFormat.FollowTheMoney => "ties.ftm.jsonl",
        ExportFormat.Popolo => "ties.popolo.json",
        ExportFormat.DyadYear => "ties.csv",
        ExportFormat.GraphML => "ties.graphml",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    private static async Task<ConformanceExports> CreateAsync()
    {
        var packs = new List<FactPack>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "FactPacks", "Packs"), "*.json"))
        {
            packs.Add(await FactPack.LoadAsync(path));
        }

        // A pack may corroborate facts of an earlier report, never of a later one.
        packs = [.. packs.OrderBy(p => p.PublishedOn.EarliestDay).ThenBy(p => p.DocumentKey, StringComparer.Ordinal)];

        // Side by side: each waits on its own engine, and every conformance test waits on both.
        var exporting = (Sqlite: ExportAllAsync(DatabaseKind.SqliteFile, packs), PostgreSql: ExportAllAsync(DatabaseKind.PostgreSql, packs));
        await Task.WhenAll(exporting.Sqlite, exporting.PostgreSql);
        var (sqlite, postgreSql) = (await exporting.Sqlite, await exporting.PostgreSql);
        var folder = Directory.CreateTempSubdirectory("defenceties-conformance-").FullName;
        foreach (var (format, text) in sqlite)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, FileName(format)), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        return new ConformanceExports(folder, sqlite, postgreSql);
    }

    private static async Task<Dictionary<ExportFormat, string>> ExportAllAsync(DatabaseKind kind, IReadOnlyList<FactPack> packs)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using (var db = database.CreateContext())
        {
            foreach (var pack in packs)
            {
                await db.ImportFactPackAsync(pack);
            }

            await PlantedValueCitations.PlantAsync(db);
        }

        var exports = new Dictionary<ExportFormat, string>();
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            await using var db = database.CreateContext();
            exports[format] = (await Exported.RunAsync(db, format)).Text;
        }

        return exports;
    }

    [GeneratedRegex(@"\b(?<kind>[a-z]+(?:-[a-z]+)*)-(?<id>[0-9]+)\b(?!-[0-9])")]
    private static partial Regex RowId();
}
