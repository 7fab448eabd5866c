namespace DefenceTies.Exports;

/// <summary>
/// Writes the database in a format other tools read: FollowTheMoney, Popolo, a dyad-year panel or
/// GraphML (docs/exports.md). Provider-independent and streaming: rows are read without tracking,
/// one query at a time, and written as they arrive, so memory does not grow with the number of
/// facts (the dyad-year panel holds one counter row per pair and year it writes).
/// </summary>
public static class DefenceTiesExporter
{
    /// <summary>
    /// Exports <paramref name="db"/> as <paramref name="format"/> to <paramref name="output"/>, which
    /// is left open. Returns the number of records written: FollowTheMoney lines, Popolo objects
    /// (persons, organizations, posts, memberships and events), dyad-year rows (without the header),
    /// or GraphML nodes plus edges.
    /// </summary>
    /// <exception cref="ArgumentException">The filter names a nation that is not stored, or ends before it starts.</exception>
    public static async Task<long> ExportAsync(
        DefenceTiesDbContext db,
        ExportFormat format,
        Stream output,
        ExportFilter? filter = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(output);
        var scope = await ExportScope.CreateAsync(db, filter ?? new ExportFilter(), cancellationToken).ConfigureAwait(false);
        return format switch
        {
            ExportFormat.FollowTheMoney => await FollowTheMoneyExport.WriteAsync(scope, output, cancellationToken).ConfigureAwait(false),
            ExportFormat.Popolo => await PopoloExport.WriteAsync(scope, output, cancellationToken).ConfigureAwait(false),
            ExportFormat.DyadYear => await DyadYearExport.WriteAsync(scope, output, cancellationToken).ConfigureAwait(false),
            ExportFormat.GraphML => await GraphMLExport.WriteAsync(scope, output, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not an export format."),
        };
    }
}
