namespace DefenceTies.Model;

/// <summary>
/// A person's role in a delegation.
/// </summary>
public enum DelegationRole
{
    /// <summary>
    /// Heads the delegation (led, headed or chaired the nation's side); a delegation has at most
    /// one leader. Use it only when the source says who led; otherwise every member is Member.
    /// Example: "the Thai side was headed by Gen Tharapong Malakam".
    /// </summary>
    Leader,

    /// <summary>
    /// Any other member of the delegation, including one whose role the source does not state.
    /// Example: "the Defence Secretary was accompanied by the Joint Secretary".
    /// </summary>
    Member,
}
