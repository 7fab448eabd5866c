namespace DefenceTies.Model;

/// <summary>
/// How one policy (from) relates to another (to) in a policy link.
/// </summary>
public enum PolicyLinkKind
{
    /// <summary>
    /// The from policy complements the to policy: the two work side by side and neither replaces
    /// the other. Example: "Act West complements Act East".
    /// </summary>
    Complements,

    /// <summary>
    /// The from policy replaces the to policy, which no longer applies. Use it only when the source
    /// says one took the place of the other; a policy that extends another without replacing it
    /// Complements it. Example: "the Act East policy, which succeeded Look East".
    /// </summary>
    Supersedes,

    /// <summary>
    /// The from policy is a component of the to policy: a pillar, strand or chapter of it. Example:
    /// "maritime security, a pillar of the Indo-Pacific strategy".
    /// </summary>
    PartOf,
}
