namespace DefenceTies;

/// <summary>
/// <c>Migrate</c>/<c>MigrateAsync</c> refused a database whose migration history
/// (<c>__EFMigrationsHistory</c>) holds migrations this version of DefenceTies does not know,
/// typically because a newer version migrated it. Nothing was changed. Use the newer version, or,
/// once sure the schema suits this one, opt in with
/// <see cref="DefenceTiesDbContextOptionsBuilderExtensions.AllowUnknownMigrations"/>.
/// </summary>
public class UnknownMigrationsException : InvalidOperationException
{
    /// <summary>Creates the exception for the given unknown migration ids.</summary>
    /// <param name="unknownMigrations">The ids found in the history that this version does not ship.</param>
    public UnknownMigrationsException(IReadOnlyList<string> unknownMigrations)
        : base(Describe(unknownMigrations))
    {
        UnknownMigrations = unknownMigrations;
    }

    /// <summary>The migration ids found in the database's history that this version does not ship.</summary>
    public IReadOnlyList<string> UnknownMigrations { get; }

    private static string Describe(IReadOnlyList<string> unknownMigrations)
    {
        ArgumentNullException.ThrowIfNull(unknownMigrations);
        return $"The database's migration history holds {(unknownMigrations.Count == 1 ? "a migration" : "migrations")} this version of DefenceTies does not know: "
            + $"{string.Join(", ", unknownMigrations)}. It was probably migrated by a newer version; applying this version's migrations could leave "
            + "a schema that neither version expects, so nothing was changed. Use the version that made the database, or, if you are sure its "
            + "schema suits this version, call AllowUnknownMigrations() on the context options (DefenceTiesOptions.AllowUnknownMigrations when registering).";
    }
}
