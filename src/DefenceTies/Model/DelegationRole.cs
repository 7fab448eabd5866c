namespace DefenceTies.Model;

/// <summary>A person's role in a <see cref="Delegation"/>.</summary>
public enum DelegationRole
{
    /// <summary>Heads the delegation; a delegation has at most one leader.</summary>
    Leader,

    /// <summary>Any other member.</summary>
    Member,
}
