namespace DefenceTies.Sample;

/// <summary>The sample's command line: a SQLite file (the default) or a PostgreSQL connection string.</summary>
internal sealed record SampleOptions(string? DatabasePath, string? PostgresConnectionString)
{
    public const string Usage =
        "usage: DefenceTies.Sample [--database <SQLite file, default ./defenceties.db>] | [--postgres \"<Npgsql connection string>\"]";

    public static SampleOptions? Parse(string[] args)
    {
        string? path = null;
        string? postgres = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--database" when i + 1 < args.Length && postgres is null:
                    path = args[++i];
                    break;
                case "--postgres" when i + 1 < args.Length && path is null:
                    postgres = args[++i];
                    break;
                default:
                    return null;
            }
        }

        return postgres is not null
            ? new SampleOptions(null, postgres)
            : new SampleOptions(Path.GetFullPath(path ?? "defenceties.db"), null);
    }
}
