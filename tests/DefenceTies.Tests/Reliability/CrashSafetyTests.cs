using DefenceTies.Seeding;
using DefenceTies.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DefenceTies.Tests.Reliability;

/// <summary>
/// A writer process is killed with SIGKILL at varied moments (while seeding and while writing
/// batches of facts). Afterwards the SQLite file is intact, every write the writer reported as committed is
/// there, and no write is half there.
/// </summary>
[Trait(TestTier.Name, TestTier.Process)]
public class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Kills = 4;

    /// <summary>Rows one batch of the child writer adds (see DefenceTies.Tests.ChildProcess).</summary>
    private const int RowsPerBatch = 8;

    [Fact]
    public async Task Killing_a_writer_never_corrupts_the_file_nor_leaves_a_partial_write()
    {
        await using var reference = await TestDatabase.CreateSeededAsync(DatabaseKind.SqliteFile);
        var seededRows = (await Counts(reference.ConnectionString)).Values.Sum();

        // The built-in seeds commit one by one: a kill between them leaves the reference nations only.
        await using var nationsOnly = await TestDatabase.CreateMigratedAsync(DatabaseKind.SqliteFile);
        await using (var db = nationsOnly.CreateContext())
        {
            await new DefenceTiesSeeder([new ReferenceNationsSeed()]).SeedAsync(db);
        }

        var nationRows = (await Counts(nationsOnly.ConnectionString)).Values.Sum();
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseKind.SqliteFile);
        var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        var random = new Random(20241212);
        var acknowledged = 0;

        for (var kill = 1; kill <= Kills; kill++)
        {
            var delay = TimeSpan.FromMilliseconds(random.Next(300, 3500));
            using var writer = ChildProcess.Start("write", file, "100000");
            var committed = 0;
            var reading = Task.Run(async () =>
            {
                while (await writer.StandardOutput.ReadLineAsync() is { } line)
                {
                    if (line.StartsWith("committed ", StringComparison.Ordinal))
                    {
                        Volatile.Write(ref committed, int.Parse(line["committed ".Length..], System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
            });
            var errors = writer.StandardError.ReadToEndAsync();
            await Task.Delay(delay);
            writer.Kill();
            await writer.WaitForExitAsync();
            await reading;
            var stderr = (await errors).Trim();
            if (stderr.Length > 0)
            {
                output.WriteLine($"writer stderr: {stderr}");
            }

            acknowledged = Math.Max(acknowledged, Volatile.Read(ref committed));

            SqliteConnection.ClearAllPools();
            var state = await Inspect(file);
            output.WriteLine($"kill {kill} after {delay.TotalMilliseconds} ms: batches {state.Batches}, acknowledged {acknowledged}, seeded {state.Seeded}, rows {state.Rows}");

            state.IntegrityCheck.Should().Be("ok");
            state.ForeignKeyViolations.Should().Be(0);
            state.IncompleteBatches.Should().Be(0, "a batch is one transaction: all of it or none of it");
            state.Batches.Should().BeInRange(acknowledged, acknowledged + 1, "every acknowledged write survives; at most the one in flight was also committed");
            if (state.Seeded)
            {
                state.Rows.Should().Be(seededRows + (state.Batches * RowsPerBatch), "the seed is all there, plus whole batches");
            }
            else if (state.AppliedSeeds == 1)
            {
                state.Rows.Should().Be(nationRows, "the reference nations committed whole; the report's seed not at all");
                state.Batches.Should().Be(0, "the writer writes only after seeding");
            }
            else
            {
                state.Rows.Should().Be(0, "before the seed commits, nothing of it is there");
            }

            acknowledged = state.Batches;
        }
    }

    private sealed record State(string IntegrityCheck, int ForeignKeyViolations, bool Seeded, int AppliedSeeds, int Batches, int IncompleteBatches, int Rows);

    private static async Task<State> Inspect(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        var integrity = await Scalar<string>(connection, "PRAGMA integrity_check");
        var fkViolations = 0;
        await using (var fk = connection.CreateCommand())
        {
            fk.CommandText = "PRAGMA foreign_key_check";
            await using var reader = await fk.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                fkViolations++;
            }
        }

        var appliedSeeds = (int)await Scalar<long>(connection, "SELECT count(*) FROM applied_seeds");
        var seeded = appliedSeeds == DefenceTiesSeeder.BuiltInSeeds.Count;
        var batches = (int)await Scalar<long>(connection, "SELECT count(*) FROM source_documents WHERE key LIKE 'batch-%'");
        var incomplete = (int)await Scalar<long>(connection, """
            SELECT count(*) FROM source_documents d
            WHERE d.key LIKE 'batch-%' AND (
                (SELECT count(*) FROM citations c WHERE c.source_document_id = d.id) <> 1
             OR (SELECT count(*) FROM agreements a JOIN citations c ON c.id = a.citation_id WHERE c.source_document_id = d.id) <> 1
             OR (SELECT count(*) FROM agreement_parties p JOIN citations c ON c.id = p.citation_id WHERE c.source_document_id = d.id) <> 2
             OR (SELECT count(*) FROM security_issues i JOIN citations c ON c.id = i.citation_id WHERE c.source_document_id = d.id) <> 1
             OR (SELECT count(*) FROM regions r JOIN citations c ON c.id = r.citation_id WHERE c.source_document_id = d.id) <> 1
             OR (SELECT count(*) FROM security_issue_regions l JOIN citations c ON c.id = l.citation_id WHERE c.source_document_id = d.id) <> 1)
            """);
        var rows = (await Counts($"Data Source={file};Pooling=False")).Values.Sum();
        return new State(integrity, fkViolations, seeded, appliedSeeds, batches, incomplete, rows);
    }

    private static async Task<IReadOnlyDictionary<string, int>> Counts(string connectionString)
    {
        var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<DefenceTiesDbContext>();
        Microsoft.EntityFrameworkCore.DefenceTiesSqliteDbContextOptionsBuilderExtensions.UseDefenceTiesSqlite(options, connectionString);
        await using var db = new DefenceTiesDbContext(options.Options);
        var counts = await RowCounts.OfAsync(db);
        return counts.Where(c => c.Key != "applied_seeds").ToDictionary(c => c.Key, c => c.Value);
    }

    private static async Task<T> Scalar<T>(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
