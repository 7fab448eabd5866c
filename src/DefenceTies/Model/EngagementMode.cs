namespace DefenceTies.Model;

/// <summary>How an engagement was attended, as the source states it (schema.org's event attendance mode).</summary>
public enum EngagementMode
{
    /// <summary>The participants met in person. Example: "the ministers met in Jakarta".</summary>
    InPerson,

    /// <summary>Held online: by video link or call. Example: "the two sides held talks by video conference".</summary>
    Virtual,

    /// <summary>Some participants in person, others online. Example: "delegates attended in person and online".</summary>
    Hybrid,
}
