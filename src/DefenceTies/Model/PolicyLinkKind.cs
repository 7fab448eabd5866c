namespace DefenceTies.Model;

/// <summary>How one policy relates to another in a <see cref="PolicyLink"/>.</summary>
public enum PolicyLinkKind
{
    /// <summary>The source policy complements the target ("Act West complements Act East").</summary>
    Complements,

    /// <summary>The source policy replaces the target.</summary>
    Supersedes,

    /// <summary>The source policy is part of the target.</summary>
    PartOf,
}
