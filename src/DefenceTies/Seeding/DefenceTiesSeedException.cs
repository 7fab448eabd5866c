namespace DefenceTies.Seeding;

/// <summary>A seed could not be applied; its transaction was rolled back and nothing of it was stored.</summary>
public class DefenceTiesSeedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DefenceTiesSeedException(string seedKey, string message, Exception? innerException = null)
        : base($"Seed '{seedKey}' was not applied: {message}", innerException)
    {
        SeedKey = seedKey;
    }

    /// <summary>The key of the seed that failed.</summary>
    public string SeedKey { get; }
}
