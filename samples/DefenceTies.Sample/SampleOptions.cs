namespace DefenceTies.Sample;

/// <summary>
/// The sample's command line: a SQLite file (the default), or a PostgreSQL connection string, with
/// optionally the connection string of a hot standby of that server to read from.
/// </summary>
internal sealed record SampleOptions(string? DatabasePath, string? PostgresConnectionString, string? PostgresStandbyConnectionString = null)
{
    /// <summary>Fact packs to import before the briefing, in order (<c>--load</c>, repeatable).</summary>
    public IReadOnlyList<string> Packs { get; init; } = [];

    public const string Usage =
        "usage: DefenceTies.Sample [--database <SQLite file, default ./defenceties.db>] | "
        + "[--postgres \"<Npgsql connection string>\" [--postgres-standby \"<Npgsql connection string of a hot standby>\"]] "
        + "[--load <fact pack .json>]...";

    public static SampleOptions? Parse(string[] args)
    {
        string? path = null;
        string? postgres = null;
        string? standby = null;
        var packs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--database" when i + 1 < args.Length && postgres is null && standby is null:
                    path = args[++i];
                    break;
                case "--postgres" when i + 1 < args.Length && path is null:
                    postgres = args[++i];
                    break;
                case "--postgres-standby" when i + 1 < args.Length && path is null:
                    standby = args[++i];
                    break;
                case "--load" when i + 1 < args.Length:
                    packs.Add(Path.GetFullPath(args[++i]));
                    break;
                default:
                    return null;
            }
        }

        if (standby is not null && postgres is null)
        {
            return null;
        }

        return postgres is not null
            ? new SampleOptions(null, postgres, standby) { Packs = packs }
            : new SampleOptions(Path.GetFullPath(path ?? "defenceties.db"), null) { Packs = packs };
    }
}
