using DefenceTies.Querying;

namespace DefenceTies.Explorer.Data;

/// <summary>A body (a forum, an international organisation, a company, a nation's ministry) and every tie the database records for it.</summary>
public sealed record OrganisationView
{
    public required int Id { get; init; }

    /// <summary>Its name, or for an unnamed body its nation and kind ("India's army").</summary>
    public required string Name { get; init; }

    /// <summary>Its kind in words ("forum", "joint venture").</summary>
    public required string Kind { get; init; }

    /// <summary>The nation it belongs to; null for a forum or international organisation, and for a company whose nation the source does not state.</summary>
    public required ActorName? Nation { get; init; }

    /// <summary>For an embassy, the nation it is in.</summary>
    public required ActorName? HostNation { get; init; }

    /// <summary>Its Wikidata item ("Q7768"), when given.</summary>
    public required string? WikidataId { get; init; }

    /// <summary>Its Correlates of War IGO abbreviation ("ASEAN"), when given.</summary>
    public required string? CowCode { get; init; }

    /// <summary>The passage that names the body.</summary>
    public required CitationEvidence Evidence { get; init; }

    public required IReadOnlyList<OtherNameItem> OtherNames { get; init; }

    /// <summary>Its members (nations and bodies), each role and term a row of its own.</summary>
    public required IReadOnlyList<MembershipItem> Members { get; init; }

    /// <summary>The bodies it belongs to or holds a role in.</summary>
    public required IReadOnlyList<MembershipItem> MemberOf { get; init; }

    public required IReadOnlyList<PostItem> Posts { get; init; }

    /// <summary>The working groups it is parent of.</summary>
    public required IReadOnlyList<WorkingGroupItem> WorkingGroups { get; init; }

    /// <summary>Who owns it, with shares as stated.</summary>
    public required IReadOnlyList<OwnershipItem> Owners { get; init; }

    /// <summary>The companies it owns, with its shares as stated.</summary>
    public required IReadOnlyList<OwnershipItem> Owns { get; init; }

    /// <summary>The agreements it is party to, signed, witnessed or exchanged.</summary>
    public required IReadOnlyList<FactTie> Agreements { get; init; }

    /// <summary>The engagements it took part in, with its role.</summary>
    public required IReadOnlyList<FactTie> Engagements { get; init; }

    /// <summary>The security issues it plays a part in.</summary>
    public required IReadOnlyList<IssueActorItem> SecurityIssues { get; init; }
}
