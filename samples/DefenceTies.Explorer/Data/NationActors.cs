namespace DefenceTies.Explorer.Data;

/// <summary>What a nation's page lists beside its partners: its bodies, the bodies it belongs to, its people, what it owns and the security issues it plays a part in.</summary>
public sealed record NationActors
{
    /// <summary>The nation's own bodies (ministries, services, companies), each a link to its organisation page.</summary>
    public required IReadOnlyList<ActorName> Bodies { get; init; }

    /// <summary>The bodies it belongs to or holds a role in, with role and term.</summary>
    public required IReadOnlyList<MembershipItem> Memberships { get; init; }

    /// <summary>The holders of its posts.</summary>
    public required IReadOnlyList<HoldingItem> People { get; init; }

    /// <summary>The companies it owns, with its shares as stated.</summary>
    public required IReadOnlyList<OwnershipItem> Owns { get; init; }

    /// <summary>The security issues it plays a part in.</summary>
    public required IReadOnlyList<IssueActorItem> SecurityIssues { get; init; }
}
