namespace DefenceTies.Model;

/// <summary>
/// A nation or body with a role in an engagement: the host of a meeting, its chair, an observer, or
/// a body without a nation met as the counterpart ("talks with the ASEAN Secretary-General"). A
/// nation's team is its <see cref="Delegation"/>; a participant records the role the source states,
/// once per nation or body and role.
/// </summary>
public class EngagementParticipant : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected EngagementParticipant()
    {
    }

    internal EngagementParticipant(Engagement engagement, Nation? nation, Organisation? organisation, ParticipationRole role, Citation citation)
        : base(citation, nameof(EngagementParticipant))
    {
        Engagement = engagement;
        Nation = nation;
        Organisation = organisation;
        Role = ParticipationRoles.Check(role, ParticipationRoles.OfEngagementParticipants, nameof(EngagementParticipant));
    }

    /// <summary>The key of <see cref="Engagement"/>.</summary>
    public int EngagementId { get; private set; }

    /// <summary>The engagement.</summary>
    public Engagement Engagement { get; private set; } = null!;

    /// <summary>The key of <see cref="Nation"/>.</summary>
    public int? NationId { get; private set; }

    /// <summary>The participant, when it is a nation; otherwise <see langword="null"/> and <see cref="Organisation"/> is set.</summary>
    public Nation? Nation { get; private set; }

    /// <summary>The key of <see cref="Organisation"/>.</summary>
    public int? OrganisationId { get; private set; }

    /// <summary>The participant, when it is a body (a forum, an international organisation); otherwise <see langword="null"/>.</summary>
    public Organisation? Organisation { get; private set; }

    /// <summary>Its role: Participant (the default), Host, Chair, CoChair or Observer.</summary>
    public ParticipationRole Role { get; private set; }

    /// <summary>The error for a participant listed twice in one role.</summary>
    internal static DomainRuleException Twice(object? participant, ParticipationRole role) =>
        new(nameof(EngagementParticipant), nameof(Role), role, $"{participant} is already recorded in this role; a participant holds each role once per engagement.");
}
