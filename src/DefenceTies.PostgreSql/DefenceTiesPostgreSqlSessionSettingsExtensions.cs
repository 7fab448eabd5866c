using DefenceTies.PostgreSql;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

// EF1001: NpgsqlOptionsExtension is Npgsql's options extension, public but marked as internal; it
// is the only way to give the options a changed connection string from an Npgsql options action.
#pragma warning disable EF1001
using NpgsqlOptionsExtension = Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal.NpgsqlOptionsExtension;
#pragma warning restore EF1001

// Same namespace as UseNpgsql and UseDefenceTiesPostgreSql, so the extensions show up where users already look.
namespace Microsoft.EntityFrameworkCore;

/// <summary>
/// The PostgreSQL session settings DefenceTies' queries were measured with, for applications that
/// choose them. Nothing here is applied unless called.
/// </summary>
public static class DefenceTiesPostgreSqlSessionSettingsExtensions
{
    /// <summary>
    /// Adds to the context's connection string the two settings DefenceTies' queries were measured
    /// with, each unless the connection string already says it: <c>Max Auto Prepare=64</c>, and
    /// <c>-c enable_parallel_append=off</c> in <c>Options</c>. Off unless called, as in
    /// <c>UseDefenceTiesPostgreSql(connectionString, npgsql =&gt; npgsql.UseDefenceTiesSessionSettings())</c>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <c>Max Auto Prepare=64</c>: Npgsql prepares a statement once it has run five times on a
    /// physical connection, and the server then only executes it. Most of a small PostgreSQL answer
    /// is planning: the delegation-leaders question planned in 8.7 ms cold and ran in 0.75 ms
    /// (docs/performance.md). Behind a pooler that cannot keep prepared statements (PgBouncer before
    /// 1.21 in transaction mode), give <c>Max Auto Prepare=0</c> in the connection string.
    /// </para>
    /// <para>
    /// <c>enable_parallel_append=off</c> (a session setting; no server or database setting changes):
    /// at a million agreements PostgreSQL plans the relationship timeline's small <c>UNION ALL</c>
    /// with two parallel workers, and the timeline takes 17 ms; without Parallel Append it takes
    /// 1.8 ms with the same indexes (docs/performance.md, "The 1M timeline on PostgreSQL").
    /// </para>
    /// <para>
    /// Both apply to every statement on these connections, the application's own queries included,
    /// which is why they are a choice and not a default. What the connection string says wins: a
    /// <c>Max Auto Prepare</c> of its own is kept, and so are its <c>Options</c>, the setting being
    /// added after them unless they set <c>enable_parallel_append</c> themselves.
    /// </para>
    /// <para>
    /// Only a connection string can be changed. For contexts on an <see cref="NpgsqlDataSource"/>
    /// (including <c>AddDefenceTiesPostgreSqlWithStandbys</c> with a multi-host data source), whose
    /// connection string is fixed when it is built, this throws: call
    /// <see cref="UseDefenceTiesSessionSettings(NpgsqlDataSourceBuilder)"/> on the data source's
    /// builder instead. With <c>AddDefenceTiesPostgreSqlWithStandbys</c> and a connection string, it
    /// applies to the writer and the read contexts alike.
    /// </para>
    /// </remarks>
    /// <param name="npgsqlOptionsBuilder">The Npgsql options of a context configured with a connection string.</param>
    /// <returns>The Npgsql options builder, for chaining.</returns>
    /// <exception cref="InvalidOperationException">The context uses a data source or a connection object, not a connection string.</exception>
    public static NpgsqlDbContextOptionsBuilder UseDefenceTiesSessionSettings(this NpgsqlDbContextOptionsBuilder npgsqlOptionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(npgsqlOptionsBuilder);
        var optionsBuilder = ((IRelationalDbContextOptionsBuilderInfrastructure)npgsqlOptionsBuilder).OptionsBuilder;
#pragma warning disable EF1001 // See the using directive above.
        var npgsql = optionsBuilder.Options.FindExtension<NpgsqlOptionsExtension>();
        if (npgsql?.ConnectionString is not { } connectionString)
        {
            throw new InvalidOperationException(npgsql?.DataSource is not null
                ? "UseDefenceTiesSessionSettings changes a connection string, and this context uses an NpgsqlDataSource, whose connection string is fixed when it is built. Call UseDefenceTiesSessionSettings() on the NpgsqlDataSourceBuilder before Build() instead."
                : "UseDefenceTiesSessionSettings changes a connection string, and this context was given none (a connection object, or none yet). Give UseDefenceTiesPostgreSql a connection string, or set Max Auto Prepare and Options in your connection's string yourself.");
        }

        ((IDbContextOptionsBuilderInfrastructure)optionsBuilder).AddOrUpdateExtension((NpgsqlOptionsExtension)npgsql.WithConnectionString(SessionSettings.Apply(connectionString)));
#pragma warning restore EF1001
        return npgsqlOptionsBuilder;
    }

    /// <summary>
    /// Adds the session settings of <see cref="UseDefenceTiesSessionSettings(NpgsqlDbContextOptionsBuilder)"/>
    /// (<c>Max Auto Prepare=64</c>, <c>-c enable_parallel_append=off</c> in <c>Options</c>) to the
    /// connection string of a data source about to be built, each unless the connection string
    /// already says it. They then apply to every connection of the data source, the application's
    /// own included.
    /// </summary>
    /// <param name="dataSourceBuilder">The builder, before <c>Build()</c> or <c>BuildMultiHost()</c>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static NpgsqlDataSourceBuilder UseDefenceTiesSessionSettings(this NpgsqlDataSourceBuilder dataSourceBuilder)
    {
        ArgumentNullException.ThrowIfNull(dataSourceBuilder);
        var connection = dataSourceBuilder.ConnectionStringBuilder;
        connection.ConnectionString = SessionSettings.Apply(connection.ConnectionString);
        return dataSourceBuilder;
    }
}
