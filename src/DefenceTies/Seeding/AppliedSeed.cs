using DefenceTies.Model;

namespace DefenceTies.Seeding;

/// <summary>
/// A row of <c>applied_seeds</c>: the record that a seed's facts were stored, written in the same
/// transaction as the facts, so a seed is applied once and only whole.
/// </summary>
public class AppliedSeed
{
    /// <summary>Maximum length of <see cref="Key"/>.</summary>
    public const int KeyMaxLength = 150;

    /// <summary>For EF Core.</summary>
    protected AppliedSeed()
    {
    }

    internal AppliedSeed(string key, DateTimeOffset appliedAt)
    {
        // Seeds are the application's too (IDefenceTiesSeed), so their keys follow the text rule.
        Key = Guard.Text(key, nameof(AppliedSeed), nameof(Key), KeyMaxLength);
        AppliedAt = appliedAt;
    }

    /// <summary>The seed's <see cref="IDefenceTiesSeed.Key"/>.</summary>
    public string Key { get; private set; } = null!;

    /// <summary>When the seed was applied (UTC).</summary>
    public DateTimeOffset AppliedAt { get; private set; }
}
