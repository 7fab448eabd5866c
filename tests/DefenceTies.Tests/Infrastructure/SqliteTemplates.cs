using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace DefenceTies.Tests.Infrastructure;

/// <summary>
/// SQLite counterparts of PostgreSQL's <c>CREATE DATABASE ... TEMPLATE</c>: the first request for a
/// state (migrated, seeded) builds it once in a file of this test run, and every request copies
/// that file (a SQLite file) or its pages (SQLite in memory, through the online backup API). Each
/// test still gets a database of its own, in the state migrating and seeding would have left it,
/// at a fraction of the cost of migrating and seeding again.
/// </summary>
public static class SqliteTemplates
{
    private static readonly string Directory = System.IO.Directory.CreateTempSubdirectory("defenceties-sqlite-templates-").FullName;
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Templates = new(StringComparer.Ordinal);

    /// <summary>
    /// The template file for <paramref name="purpose"/>, built on first use by <paramref name="build"/>
    /// (given the template's connection string), starting empty or as a copy of the template file
    /// <paramref name="basedOn"/>. When it returns, no connection holds the file and its write-ahead
    /// log is folded in, so a plain file copy is a complete database.
    /// </summary>
    public static Task<string> GetOrCreateAsync(string purpose, Func<string, Task> build, string? basedOn = null) =>
        Templates.GetOrAdd(purpose, p => new Lazy<Task<string>>(() => CreateAsync(p, build, basedOn))).Value;

    /// <summary>Copies the template file to <paramref name="targetFile"/>, which must not exist.</summary>
    public static void CopyTo(string template, string targetFile) => File.Copy(template, targetFile);

    /// <summary>Copies every page of the template into the open (in-memory) database of <paramref name="target"/>.</summary>
    public static void CopyTo(string template, SqliteConnection target)
    {
        ArgumentNullException.ThrowIfNull(target);

        // Under a full parallel run the backup is now and then refused with SQLITE_BUSY or
        // SQLITE_LOCKED (as SQLITE_LOCKED_SHAREDCACHE, 261: shared-cache table locks are
        // process-wide). Microsoft.Data.Sqlite reports extended result codes, so the primary code
        // is the low byte. A refused step copies nothing, so it is tried again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var source = new SqliteConnection($"Data Source={template};Mode=ReadOnly;Pooling=False");
                source.Open();
                source.BackupDatabase(target);
                return;
            }
            catch (SqliteException ex) when ((ex.SqliteErrorCode & 0xFF) is 5 or 6 && attempt < 20)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(25 * attempt));
            }
        }
    }

    /// <summary>Deletes the templates of this run (called once, when the test assembly finishes).</summary>
    public static void DeleteAll()
    {
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    private static async Task<string> CreateAsync(string purpose, Func<string, Task> build, string? basedOn)
    {
        var file = Path.Combine(Directory, $"{purpose}.db");
        if (basedOn is not null)
        {
            File.Copy(basedOn, file);
        }

        await build($"Data Source={file};Pooling=False");

        // The last connection to close checkpoints the write-ahead log into the file and removes it.
        SqliteConnection.ClearAllPools();
        if (File.Exists(file + "-wal"))
        {
            throw new InvalidOperationException($"the SQLite template {file} still has a write-ahead log: a connection to it is open");
        }

        return file;
    }
}
