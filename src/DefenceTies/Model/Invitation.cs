namespace DefenceTies.Model;

/// <summary>
/// An invitation as the source states it: who invited whom (each a nation or a person) to what (an
/// engagement or an exercise edition), when it was extended, and the invitee's response where the
/// source states one ("Manila invited Tokyo to join the exercise, and Japan accepted"). A response
/// not stated stays <see langword="null"/>: an invitation is never assumed accepted. Keyed by
/// inviter, invitee and event: another source's different response or date is a competing claim.
/// </summary>
public class Invitation : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected Invitation()
    {
    }

    /// <summary>Creates an invitation.</summary>
    /// <param name="inviterNation">The inviter when it is a nation; otherwise <see langword="null"/>.</param>
    /// <param name="inviterPerson">The inviter when it is a person; otherwise <see langword="null"/>. Exactly one inviter is given.</param>
    /// <param name="inviteeNation">The invitee when it is a nation; otherwise <see langword="null"/>.</param>
    /// <param name="inviteePerson">The invitee when it is a person; otherwise <see langword="null"/>. Exactly one invitee is given, and it is not the inviter.</param>
    /// <param name="engagement">What the invitation is to, when it is an engagement; otherwise <see langword="null"/>.</param>
    /// <param name="exercise">What the invitation is to, when it is an exercise edition; otherwise <see langword="null"/>. Exactly one event is given.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="response">The invitee's response, when the source states one.</param>
    /// <param name="extendedOn">When the invitation was extended, when stated.</param>
    /// <exception cref="DomainRuleException">A value breaks one of these rules.</exception>
    public Invitation(
        Nation? inviterNation,
        Person? inviterPerson,
        Nation? inviteeNation,
        Person? inviteePerson,
        Engagement? engagement,
        MilitaryExercise? exercise,
        Citation citation,
        InvitationResponse? response = null,
        PartialDate? extendedOn = null)
        : base(citation, nameof(Invitation))
    {
        if ((inviterNation is null) == (inviterPerson is null))
        {
            throw new DomainRuleException(nameof(Invitation), nameof(InviterNation), null, "an inviter is a nation or a person; expected exactly one of them.");
        }

        if ((inviteeNation is null) == (inviteePerson is null))
        {
            throw new DomainRuleException(nameof(Invitation), nameof(InviteeNation), null, "an invitee is a nation or a person; expected exactly one of them.");
        }

        if ((engagement is null) == (exercise is null))
        {
            throw new DomainRuleException(nameof(Invitation), nameof(Engagement), null, "an invitation is to an engagement or an exercise edition; expected exactly one of them.");
        }

        if ((inviterNation is not null && ReferenceEquals(inviterNation, inviteeNation)) || (inviterPerson is not null && ReferenceEquals(inviterPerson, inviteePerson)))
        {
            throw new DomainRuleException(nameof(Invitation), nameof(InviteeNation), null, "an invitation's invitee is not its inviter.");
        }

        if (response is { } stated)
        {
            Guard.Defined(stated, nameof(Invitation), nameof(Response));
        }

        InviterNation = inviterNation;
        InviterPerson = inviterPerson;
        InviteeNation = inviteeNation;
        InviteePerson = inviteePerson;
        Engagement = engagement;
        Exercise = exercise;
        Response = response;
        ExtendedOn = Guard.OptionalDate(extendedOn, nameof(Invitation), nameof(ExtendedOn));
    }

    /// <summary>The key of <see cref="InviterNation"/>.</summary>
    public int? InviterNationId { get; private set; }

    /// <summary>The inviter, when it is a nation; otherwise <see langword="null"/> and <see cref="InviterPerson"/> is set.</summary>
    public Nation? InviterNation { get; private set; }

    /// <summary>The key of <see cref="InviterPerson"/>.</summary>
    public int? InviterPersonId { get; private set; }

    /// <summary>The inviter, when it is a person (a minister, a chief of navy); otherwise <see langword="null"/> and <see cref="InviterNation"/> is set.</summary>
    public Person? InviterPerson { get; private set; }

    /// <summary>The key of <see cref="InviteeNation"/>.</summary>
    public int? InviteeNationId { get; private set; }

    /// <summary>The invitee, when it is a nation; otherwise <see langword="null"/> and <see cref="InviteePerson"/> is set.</summary>
    public Nation? InviteeNation { get; private set; }

    /// <summary>The key of <see cref="InviteePerson"/>.</summary>
    public int? InviteePersonId { get; private set; }

    /// <summary>The invitee, when it is a person; otherwise <see langword="null"/> and <see cref="InviteeNation"/> is set.</summary>
    public Person? InviteePerson { get; private set; }

    /// <summary>The key of <see cref="Engagement"/>.</summary>
    public int? EngagementId { get; private set; }

    /// <summary>The engagement the invitation is to; otherwise <see langword="null"/> and <see cref="Exercise"/> is set.</summary>
    public Engagement? Engagement { get; private set; }

    /// <summary>The key of <see cref="Exercise"/>.</summary>
    public int? ExerciseId { get; private set; }

    /// <summary>The exercise edition the invitation is to; otherwise <see langword="null"/> and <see cref="Engagement"/> is set.</summary>
    public MilitaryExercise? Exercise { get; private set; }

    /// <summary>The invitee's response as stated; <see langword="null"/> when the source states none (never assumed).</summary>
    public InvitationResponse? Response { get; private set; }

    /// <summary>When the invitation was extended, at the precision stated; <see langword="null"/> when not stated.</summary>
    public PartialDate? ExtendedOn { get; private set; }
}
