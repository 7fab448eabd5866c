namespace DefenceTies.Seeding;

/// <summary>What one run of <see cref="DefenceTiesSeeder"/> did.</summary>
/// <param name="Applied">Keys of the seeds applied by this run, in order.</param>
/// <param name="AlreadyApplied">Keys of the seeds found already applied, and so left alone.</param>
public sealed record SeedResult(IReadOnlyList<string> Applied, IReadOnlyList<string> AlreadyApplied);
