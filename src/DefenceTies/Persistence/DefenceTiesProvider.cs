using System.Data.Common;
using DefenceTies.Model;
using DefenceTies.Persistence.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DefenceTies.Persistence;

/// <summary>
/// What a database provider package (DefenceTies.Sqlite, DefenceTies.PostgreSql) tells the
/// provider-neutral core: how to write the few CHECK constraints whose SQL differs between engines,
/// and how to read a constraint error of its engine; and, as protected static members, what the
/// core offers those packages (their options, the check of a database's migration history).
/// Application code never uses this type; it is public only so that provider packages can build
/// on the core's public API alone.
/// </summary>
public abstract class DefenceTiesProvider
{
    /// <summary>Creates the description of a provider.</summary>
    protected DefenceTiesProvider()
    {
    }

    /// <summary>
    /// A collation that compares text byte by byte, or <see langword="null"/> where that is already
    /// the default. Partial dates use it so that SQL orders them as ordinal text.
    /// </summary>
    protected abstract string? OrdinalCollation { get; }

    /// <summary>
    /// SQL that holds when <paramref name="column"/> is a canonical <see cref="PartialDate"/> text
    /// (<c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>) with a year from 0001, a month from 01 to 12
    /// and a day from 01 to 31. The core adds the calendar (a day the month has, leap years
    /// included), evaluated only once this holds.
    /// </summary>
    /// <param name="column">The column name, already quoted if it needs to be.</param>
    protected abstract string PartialDateCheck(string column);

    /// <summary>
    /// SQL that holds when <paramref name="column"/> is exactly <paramref name="count"/> characters,
    /// each in the ASCII range <paramref name="characterRange"/> (such as <c>A-Z</c> or <c>0-9</c>).
    /// </summary>
    /// <param name="column">The column name, already quoted if it needs to be.</param>
    /// <param name="characterRange">An ASCII range, first and last character joined by a hyphen.</param>
    /// <param name="count">How many characters the value has.</param>
    protected abstract string RepeatsCharacterRange(string column, string characterRange, int count);

    /// <summary>
    /// SQL that holds when the text <paramref name="expression"/> holds at least one character whose
    /// code point lies in one of <paramref name="ranges"/>. No range the core passes starts or ends with
    /// <c>-</c>, <c>]</c>, <c>^</c> or <c>\</c> (printable ASCII, U+0021-U+007E, holds them inside), and
    /// a set may hold hundreds of ranges (the code points Unicode leaves unassigned among them).
    /// A range may start at U+0000: an engine that stores NUL in text must find it too.
    /// </summary>
    /// <param name="expression">A text column, already quoted if it needs to be, or an expression over one.</param>
    /// <param name="ranges">Inclusive ranges of Unicode code points, sorted and disjoint.</param>
    protected abstract string ContainsCharacterIn(string expression, IReadOnlyList<(int First, int Last)> ranges);

    /// <summary>
    /// SQL that holds when the text <paramref name="expression"/> holds at least one character whose
    /// code point lies in none of <paramref name="ranges"/> (the same kind of ranges as for
    /// <see cref="ContainsCharacterIn"/>).
    /// </summary>
    /// <param name="expression">A text column, already quoted if it needs to be, or an expression over one.</param>
    /// <param name="ranges">Inclusive ranges of Unicode code points, sorted and disjoint.</param>
    protected abstract string ContainsCharacterNotIn(string expression, IReadOnlyList<(int First, int Last)> ranges);

    /// <summary>
    /// Reads a constraint error of this provider's engine. Besides broken constraints, an engine
    /// refusing text it cannot store (PostgreSQL's NUL) is read as <see cref="ConstraintKind.InvalidText"/>.
    /// </summary>
    /// <param name="exception">The provider's exception.</param>
    /// <param name="kind">The kind of constraint broken.</param>
    /// <param name="constraintName">The constraint's or index's name, or a description where the engine gives none.</param>
    /// <param name="table">The table, when the engine names it.</param>
    /// <param name="columns">The columns, when the engine names them (empty otherwise).</param>
    /// <returns>Whether <paramref name="exception"/> reports a broken constraint.</returns>
    protected abstract bool TryReadConstraintError(
        DbException exception,
        out ConstraintKind kind,
        out string constraintName,
        out string? table,
        out IReadOnlyList<string> columns);

    /// <summary>
    /// Refuses, with the provider package's own exception, to write through a connection whose
    /// server cannot take writes (a hot standby, a read-only session), before anything is written.
    /// The core's write paths of several statements (the fact-pack importer) call it once they hold
    /// their connection and transaction, so a refusal comes before the work and not part-way. The
    /// default does nothing: the engine's own error then stands when the first write is refused.
    /// </summary>
    /// <param name="connection">The open connection the write will use.</param>
    /// <param name="transaction">The transaction the write will run in, if any.</param>
    /// <param name="operation">What would write, for the message (such as <c>"Importing a fact pack"</c>).</param>
    protected virtual void EnsureWritable(DbConnection connection, DbTransaction? transaction, string operation)
    {
    }

    /// <inheritdoc cref="EnsureWritable(DbConnection, DbTransaction?, string)" />
    /// <param name="connection">The open connection the write will use.</param>
    /// <param name="transaction">The transaction the write will run in, if any.</param>
    /// <param name="operation">What would write, for the message (such as <c>"Importing a fact pack"</c>).</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>A task that completes when the connection is known to take writes.</returns>
    protected virtual Task EnsureWritableAsync(DbConnection connection, DbTransaction? transaction, string operation, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    // The core reads the description through these; provider packages see only the protected members.
    /// <summary>
    /// The model generated from <see cref="DefenceTiesDbContext"/>'s configurations for this provider
    /// by <c>dotnet ef dbcontext optimize</c>, used unless the options ask for the runtime model; or
    /// <see langword="null"/> if the provider ships none. Loading it takes a fraction of the time
    /// building the model takes, which is most of a short program's start.
    /// </summary>
    protected virtual IModel? CompiledModel => null;

    internal string? Collation => OrdinalCollation;

    internal IModel? Compiled => CompiledModel;

    internal string PartialDateSql(string column) => PartialDateCheck(column);

    internal string CharacterRangeSql(string column, string characterRange, int count) => RepeatsCharacterRange(column, characterRange, count);

    internal string CharacterInSql(string expression, IReadOnlyList<(int First, int Last)> ranges) => ContainsCharacterIn(expression, ranges);

    internal string CharacterNotInSql(string expression, IReadOnlyList<(int First, int Last)> ranges) => ContainsCharacterNotIn(expression, ranges);

    internal bool TryRead(DbException exception, out ConstraintKind kind, out string constraintName, out string? table, out IReadOnlyList<string> columns) =>
        TryReadConstraintError(exception, out kind, out constraintName, out table, out columns);

    internal void CheckWritable(DbConnection connection, DbTransaction? transaction, string operation) =>
        EnsureWritable(connection, transaction, operation);

    internal Task CheckWritableAsync(DbConnection connection, DbTransaction? transaction, string operation, CancellationToken cancellationToken) =>
        EnsureWritableAsync(connection, transaction, operation, cancellationToken);

    /// <summary>
    /// Adds what every DefenceTies context needs on top of the EF Core provider the caller has just
    /// chosen: snake_case names, the version stamps of editable facts, the translation of
    /// constraint errors, the refusal of text parameters no database can store exactly, this
    /// provider description and its compiled model (unless the options already ask for the runtime
    /// model). Provider packages call it from their <c>UseDefenceTies…</c> method; calling it twice
    /// is harmless.
    /// </summary>
    /// <param name="optionsBuilder">The options being built, with the EF Core provider already chosen.</param>
    /// <param name="provider">The provider description.</param>
    protected static void Configure(DbContextOptionsBuilder optionsBuilder, DefenceTiesProvider provider)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        ArgumentNullException.ThrowIfNull(provider);
        var existing = optionsBuilder.Options.FindExtension<DefenceTiesOptionsExtension>();
        if (existing is null)
        {
            // Interceptors are options, fixed when the options are built, so pooled contexts keep them.
            optionsBuilder.UseSnakeCaseNamingConvention();
            optionsBuilder.AddInterceptors(VersionStampInterceptor.Instance, NameKeys.Instance, ConstraintViolationCommandInterceptor.Instance, TextParameterInterceptor.Instance);
        }

        // A second call keeps the switches of the first (AllowUnknownMigrations, UseRuntimeModel).
        var extension = existing?.WithProvider(provider) ?? new DefenceTiesOptionsExtension(provider);
        ((IDbContextOptionsBuilderInfrastructure)optionsBuilder).AddOrUpdateExtension(extension);
        if (!extension.UsesRuntimeModel && provider.CompiledModel is { } compiled)
        {
            optionsBuilder.UseModel(compiled);
        }
    }

    /// <summary>
    /// Refuses to migrate a database whose migration history holds migrations this version does
    /// not know (most likely a newer version's): applying this version's migrations there could
    /// leave a schema that neither version expects. Provider packages call it from their history
    /// repository's <c>AcquireDatabaseLock</c>, once the lock is held and before anything is
    /// applied; on refusal the lock is released. Skipped where the options allow unknown migrations.
    /// </summary>
    /// <param name="heldLock">The migration lock just acquired.</param>
    /// <param name="context">The context being migrated.</param>
    /// <returns><paramref name="heldLock"/>, still held.</returns>
    /// <exception cref="UnknownMigrationsException">The history holds migrations this version does not ship.</exception>
    protected static IMigrationsDatabaseLock RefuseUnknownMigrations(IMigrationsDatabaseLock heldLock, DbContext context)
    {
        ArgumentNullException.ThrowIfNull(heldLock);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            if (!AllowsUnknownMigrations(context))
            {
                ThrowIfUnknown(context.GetService<IHistoryRepository>().GetAppliedMigrations(), context);
            }

            return heldLock;
        }
        catch
        {
            heldLock.Dispose();
            throw;
        }
    }

    /// <inheritdoc cref="RefuseUnknownMigrations(IMigrationsDatabaseLock, DbContext)" />
    /// <param name="heldLock">The migration lock just acquired.</param>
    /// <param name="context">The context being migrated.</param>
    /// <param name="cancellationToken">Cancels reading the history.</param>
    protected static async Task<IMigrationsDatabaseLock> RefuseUnknownMigrationsAsync(IMigrationsDatabaseLock heldLock, DbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(heldLock);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            if (!AllowsUnknownMigrations(context))
            {
                ThrowIfUnknown(await context.GetService<IHistoryRepository>().GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false), context);
            }

            return heldLock;
        }
        catch
        {
            await heldLock.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static bool AllowsUnknownMigrations(DbContext context) =>
        context.GetService<IDbContextOptions>().FindExtension<DefenceTiesOptionsExtension>() is { AllowsUnknownMigrations: true };

    private static void ThrowIfUnknown(IReadOnlyList<HistoryRow> applied, DbContext context)
    {
        // MigrationState holds the one rule for matching migration ids (EF Core's: ignoring case).
        var unknown = MigrationState.Of(context.GetService<IMigrationsAssembly>().Migrations.Keys, applied.Select(row => row.MigrationId)).Unknown;
        if (unknown.Count > 0)
        {
            throw new UnknownMigrationsException(unknown);
        }
    }
}
