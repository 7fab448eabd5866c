namespace DefenceTies.Sample;

/// <summary>The sample's command line.</summary>
internal sealed record SampleOptions(string DatabasePath)
{
    public const string Usage = "usage: DefenceTies.Sample [--database <path to SQLite file>]";

    public static SampleOptions? Parse(string[] args)
    {
        var path = "defenceties.db";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--database" when i + 1 < args.Length:
                    path = args[++i];
                    break;
                default:
                    return null;
            }
        }

        return new SampleOptions(Path.GetFullPath(path));
    }
}
