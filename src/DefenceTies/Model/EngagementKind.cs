namespace DefenceTies.Model;

/// <summary>What kind of encounter an <see cref="Engagement"/> is.</summary>
public enum EngagementKind
{
    /// <summary>Talks or discussions between delegations.</summary>
    Talks,

    /// <summary>A meeting of officials.</summary>
    Meeting,

    /// <summary>An official visit.</summary>
    Visit,

    /// <summary>A standing dialogue mechanism meeting.</summary>
    Dialogue,
}
