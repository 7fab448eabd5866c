namespace DefenceTies.Model;

/// <summary>
/// A nation or an organisation playing a part in a security issue, as a source states it: who is
/// behind it, who is affected, who addresses it (<see cref="Role"/>), optionally dated. Exactly one
/// of <see cref="Nation"/> and <see cref="Organisation"/> is set (a CHECK constraint holds it).
/// </summary>
public class SecurityIssueActor : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected SecurityIssueActor()
    {
    }

    internal SecurityIssueActor(SecurityIssue issue, SecurityIssueRole role, Nation? nation, Organisation? organisation, Citation citation, PartialDate? date)
        : base(citation, nameof(SecurityIssueActor))
    {
        SecurityIssue = issue;
        Role = Guard.Defined(role, nameof(SecurityIssueActor), nameof(Role));
        Nation = nation;
        Organisation = organisation;
        Date = Guard.OptionalDate(date, nameof(SecurityIssueActor), nameof(Date));
    }

    /// <summary>The key of <see cref="SecurityIssue"/>.</summary>
    public int SecurityIssueId { get; private set; }

    /// <summary>The issue.</summary>
    public SecurityIssue SecurityIssue { get; private set; } = null!;

    /// <summary>The part the actor plays.</summary>
    public SecurityIssueRole Role { get; private set; }

    /// <summary>The key of <see cref="Nation"/>.</summary>
    public int? NationId { get; private set; }

    /// <summary>The actor, when it is a nation.</summary>
    public Nation? Nation { get; private set; }

    /// <summary>The key of <see cref="Organisation"/>.</summary>
    public int? OrganisationId { get; private set; }

    /// <summary>The actor, when it is an organisation (a navy, a coast guard, a maritime militia).</summary>
    public Organisation? Organisation { get; private set; }

    /// <summary>When the source places the actor's part (the month of the incidents, the year of a pledge), if it says; never invented.</summary>
    public PartialDate? Date { get; private set; }

    /// <summary>The actor in words: the nation's code or the organisation's name.</summary>
    internal string ActorLabel => Nation?.Alpha2Code ?? Organisation?.DisplayName ?? (NationId is { } n ? $"nation #{n}" : $"organisation #{OrganisationId}");

    /// <summary>A second actor with the same role and actor in one issue.</summary>
    internal static DomainRuleException ActorTwice(SecurityIssueRole role, object actor) =>
        new(nameof(SecurityIssueActor), nameof(Role), actor, $"is already recorded as {role} of this issue; an actor is recorded once per role (cite it again instead).");
}
