using System.Data.Common;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DefenceTies.Model;
using DefenceTies.Querying;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Q = DefenceTies.Benchmarks.HeadlineQueries;

namespace DefenceTies.Benchmarks;

/// <summary>
/// Each headline question per scale and provider: hand-written SQL (baseline, so BenchmarkDotNet
/// prints the ratio), the query API, and the same LINQ compiled. Every variant takes a pooled
/// connection per question, as an application would: the raw SQL opens one from the ADO.NET pool
/// and prepares its command; the EF variants lease a context from the pooled factory that
/// <c>AddDefenceTiesSqlite</c>/<c>AddDefenceTiesPostgreSql</c> register. On PostgreSQL both run with
/// the session settings an application opts into with <c>UseDefenceTiesSessionSettings()</c>
/// (<c>Max Auto Prepare=64</c>, so statements stay prepared on the pooled server connections, and
/// no Parallel Append), written into the benchmark's connection string so the raw SQL has them too.
/// For the timeline, <c>Compiled_Timeline</c> is the library's own fast path,
/// <c>RelationshipTimelineAsync</c>.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class QueryBenchmarks
{
    private ServiceProvider _services = null!;
    private IDbContextFactory<DefenceTiesDbContext> _factory = null!;
    private CompiledQueries _compiled = null!;
    private DbProviderFactory _ado = null!;
    private string _connectionString = null!;

    [ParamsSource(nameof(Scales))]
    public int Scale { get; set; }

    [ParamsSource(nameof(Providers))]
    public Provider Provider { get; set; }

    public static IEnumerable<int> Scales => BenchSettings.Scales;

    public static IEnumerable<Provider> Providers => BenchSettings.Providers;

    [GlobalSetup]
    public void Setup()
    {
        _connectionString = BenchEnvironment.EnsureAsync(Provider, Scale, Console.Out).GetAwaiter().GetResult();
        _services = BenchEnvironment.Register(Provider, _connectionString);
        _factory = _services.GetRequiredService<IDbContextFactory<DefenceTiesDbContext>>();
        _compiled = new CompiledQueries();
        _ado = Provider == Provider.Sqlite ? SqliteFactory.Instance : NpgsqlFactory.Instance;
        AnswerCheck.Run(this);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    // ---- agreements between two nations ----

    [Benchmark(Baseline = true), BenchmarkCategory("AgreementsBetween")]
    public Task<List<AgreementSummary>> Raw_AgreementsBetween() => Raw(Q.AgreementsBetweenSql, Q.ReadAgreement, ("a", Q.Nation), ("b", Q.OtherNation));

    [Benchmark, BenchmarkCategory("AgreementsBetween")]
    public Task<List<AgreementSummary>> Api_AgreementsBetween() => Ef(db => Q.AgreementsBetween(db, Q.Nation, Q.OtherNation));

    [Benchmark, BenchmarkCategory("AgreementsBetween")]
    public Task<List<AgreementSummary>> Compiled_AgreementsBetween() => Ef(db => _compiled.CompiledAgreementsBetween(db, Q.Nation, Q.OtherNation).ToListAsync().AsTask());

    // ---- agreements in force on a day ----

    [Benchmark(Baseline = true), BenchmarkCategory("AgreementsInForce")]
    public Task<List<AgreementSummary>> Raw_AgreementsInForce() => Raw(Q.AgreementsInForceSql, Q.ReadAgreement, ("on", PartialDate.FromDate(Q.InForceDay).ToString()));

    [Benchmark, BenchmarkCategory("AgreementsInForce")]
    public Task<List<AgreementSummary>> Api_AgreementsInForce() => Ef(db => Q.AgreementsInForce(db, Q.InForceDay));

    [Benchmark, BenchmarkCategory("AgreementsInForce")]
    public Task<List<AgreementSummary>> Compiled_AgreementsInForce() => Ef(db => _compiled.CompiledAgreementsInForce(db, PartialDate.FromDate(Q.InForceDay)).ToListAsync().AsTask());

    // ---- delegation leaders at the talks of a day ----

    [Benchmark(Baseline = true), BenchmarkCategory("DelegationLeaders")]
    public Task<List<DelegationLeader>> Raw_DelegationLeaders() => Raw(Q.LeadersSql, Q.ReadLeader, ("on", Q.TalksDay.ToString()));

    [Benchmark, BenchmarkCategory("DelegationLeaders")]
    public Task<List<DelegationLeader>> Api_DelegationLeaders() => Ef(db => Q.Leaders(db, Q.TalksDay));

    // ---- exercises involving a nation ----

    [Benchmark(Baseline = true), BenchmarkCategory("ExercisesInvolving")]
    public Task<List<ExerciseSummary>> Raw_ExercisesInvolving() => Raw(Q.ExercisesInvolvingSql, Q.ReadExercise, ("a", Q.Nation));

    [Benchmark, BenchmarkCategory("ExercisesInvolving")]
    public Task<List<ExerciseSummary>> Api_ExercisesInvolving() => Ef(db => Q.ExercisesInvolving(db, Q.Nation));

    [Benchmark, BenchmarkCategory("ExercisesInvolving")]
    public Task<List<ExerciseSummary>> Compiled_ExercisesInvolving() => Ef(db => _compiled.CompiledExercisesInvolving(db, Q.Nation).ToListAsync().AsTask());

    // ---- facts citing a source ----

    [Benchmark(Baseline = true), BenchmarkCategory("CitingSource")]
    public Task<List<AgreementSummary>> Raw_CitingSource() => Raw(Q.AgreementsCitingSourceSql, Q.ReadAgreement, ("key", ScaleGenerator.FirstReportKey));

    [Benchmark, BenchmarkCategory("CitingSource")]
    public Task<List<AgreementSummary>> Api_CitingSource() => Ef(db => Q.AgreementsCitingSource(db, ScaleGenerator.FirstReportKey));

    [Benchmark, BenchmarkCategory("CitingSource")]
    public Task<List<AgreementSummary>> Compiled_CitingSource() => Ef(db => _compiled.CompiledAgreementsCitingSource(db, ScaleGenerator.FirstReportKey).ToListAsync().AsTask());

    // ---- relationship timeline of two nations ----

    [Benchmark(Baseline = true), BenchmarkCategory("Timeline")]
    public Task<List<TimelineEntry>> Raw_Timeline() => Raw(Q.TimelineSql, Q.ReadTimelineEntry, ("a", Q.Nation), ("b", Q.OtherNation));

    [Benchmark, BenchmarkCategory("Timeline")]
    public Task<List<TimelineEntry>> Api_Timeline() => Ef(db => Q.Timeline(db, Q.Nation, Q.OtherNation));

    // The library's named fast path: the same query, compiled by the library.
    [Benchmark, BenchmarkCategory("Timeline")]
    public Task<List<TimelineEntry>> Compiled_Timeline() => Ef(db => Q.CompiledTimeline(db, Q.Nation, Q.OtherNation));

    // ---- point lookup: a nation by code ----

    [Benchmark(Baseline = true), BenchmarkCategory("NationByCode")]
    public async Task<NationSummary?> Raw_NationByCode() => (await Raw(Q.NationByCodeSql, Q.ReadNation, ("a", Q.OtherNation))).SingleOrDefault();

    [Benchmark, BenchmarkCategory("NationByCode")]
    public Task<NationSummary?> Api_NationByCode() => Ef(db => Q.NationByCode(db, Q.OtherNation));

    [Benchmark, BenchmarkCategory("NationByCode")]
    public Task<NationSummary?> Compiled_NationByCode() => Ef(db => _compiled.CompiledNationByCode(db, Q.OtherNation));

    private async Task<List<T>> Raw<T>(string sql, Func<DbDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        await using var connection = _ado.CreateConnection()!;
        connection.ConnectionString = _connectionString;
        await connection.OpenAsync();
        return await Q.RawAsync(connection, sql, read, parameters);
    }

    private async Task<T> Ef<T>(Func<DefenceTiesDbContext, Task<T>> query)
    {
        // A context leased from the registration's pool per question, and returned after it.
        await using var db = await _factory.CreateDbContextAsync();
        return await query(db);
    }
}
