namespace DefenceTies.Model;

/// <summary>The part a nation or an organisation plays in a security issue, as a source says it.</summary>
public enum SecurityIssueRole
{
    /// <summary>
    /// The source says the actor is behind the issue: carries it out, directs, backs or is blamed for
    /// it. Whose claim that is belongs to the citation (a statement's claimant), not to the role.
    /// Example: "vessels of Norland's maritime militia harassed fishing boats".
    /// </summary>
    Responsible,

    /// <summary>
    /// The actor suffers the issue: its vessels, citizens, territory or interests are harmed or
    /// threatened. Example: "fishing boats from Sudoria were rammed".
    /// </summary>
    Affected,

    /// <summary>
    /// The actor addresses the issue, alone or together with others: patrols, cooperation,
    /// measures against it. Use it for each nation of a joint response. Example: "the two nations
    /// pledged joint patrols against the incidents".
    /// </summary>
    Addressing,
}
