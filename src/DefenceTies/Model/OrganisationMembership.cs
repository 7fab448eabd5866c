namespace DefenceTies.Model;

/// <summary>
/// A nation or body belonging to a body, or holding a role in it, over a term when the source dates
/// it (a Popolo membership): "Thailand, a member of ASEAN since 1967", "Laos chairs the forum in
/// 2024". A member with a role and a plain membership are two memberships, each cited; one member
/// holds one role once per start date.
/// </summary>
public class OrganisationMembership : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected OrganisationMembership()
    {
    }

    internal OrganisationMembership(Organisation organisation, Nation? memberNation, Organisation? memberOrganisation, ParticipationRole role, PartialDate? startedOn, PartialDate? endedOn, Citation citation)
        : base(citation, nameof(OrganisationMembership))
    {
        if ((memberNation is null) == (memberOrganisation is null))
        {
            throw NotOneMember();
        }

        if (ReferenceEquals(memberOrganisation, organisation))
        {
            throw MemberOfItself(organisation.DisplayName);
        }

        Validate(role, startedOn, endedOn);
        Organisation = organisation;
        MemberNation = memberNation;
        MemberOrganisation = memberOrganisation;
        Role = role;
        StartedOn = startedOn;
        EndedOn = endedOn;
    }

    /// <summary>The rules of a membership's own values (role and term), for the constructor and the bulk path alike.</summary>
    /// <exception cref="DomainRuleException">A value breaks a rule.</exception>
    internal static void Validate(ParticipationRole role, PartialDate? startedOn, PartialDate? endedOn)
    {
        ParticipationRoles.Check(role, ParticipationRoles.OfMemberships, nameof(OrganisationMembership));
        Guard.OptionalDate(startedOn, nameof(OrganisationMembership), nameof(StartedOn));
        Guard.OptionalDate(endedOn, nameof(OrganisationMembership), nameof(EndedOn));
        Guard.Ordered(startedOn, endedOn, nameof(OrganisationMembership), nameof(EndedOn));
    }

    /// <summary>The error for a membership naming no member, or both a nation and a body.</summary>
    internal static DomainRuleException NotOneMember() =>
        new(nameof(OrganisationMembership), nameof(MemberNation), null, "a member is a nation or a body; expected exactly one of them.");

    /// <summary>The error for a body named as a member of itself (<paramref name="organisation"/>: its name, or a bulk row's id).</summary>
    internal static DomainRuleException MemberOfItself(object organisation) =>
        new(nameof(OrganisationMembership), nameof(MemberOrganisation), organisation, "a body is not a member of itself.");

    /// <summary>The error for a membership recorded twice: the same member, role and start.</summary>
    internal static DomainRuleException RecordedTwice(ParticipationRole role) =>
        new(nameof(OrganisationMembership), nameof(Role), role, "this membership, with this role and start, is already recorded; expected another role or start date.");

    /// <summary>The key of <see cref="Organisation"/>.</summary>
    public int OrganisationId { get; private set; }

    /// <summary>The body the member belongs to.</summary>
    public Organisation Organisation { get; private set; } = null!;

    /// <summary>The key of <see cref="MemberNation"/>.</summary>
    public int? MemberNationId { get; private set; }

    /// <summary>The member, when it is a nation; otherwise <see langword="null"/> and <see cref="MemberOrganisation"/> is set.</summary>
    public Nation? MemberNation { get; private set; }

    /// <summary>The key of <see cref="MemberOrganisation"/>.</summary>
    public int? MemberOrganisationId { get; private set; }

    /// <summary>The member, when it is a body (a company, an organisation); otherwise <see langword="null"/> and <see cref="MemberNation"/> is set.</summary>
    public Organisation? MemberOrganisation { get; private set; }

    /// <summary>The member's role: Member, Chair, CoChair, Host or Observer.</summary>
    public ParticipationRole Role { get; private set; }

    /// <summary>When the membership or role began, at the precision stated; <see langword="null"/> when the source does not say.</summary>
    public PartialDate? StartedOn { get; private set; }

    /// <summary>When it ended or is to end ("for the cycle 2021–2024" ends in 2024), at the precision stated; <see langword="null"/> when not stated.</summary>
    public PartialDate? EndedOn { get; private set; }

    /// <summary>Whether <paramref name="other"/> is the same member in the same role from the same start (its merge key).</summary>
    internal bool SameKey(OrganisationMembership other) =>
        Role == other.Role && StartedOn == other.StartedOn
        && (MemberNation is not null ? ReferenceEquals(MemberNation, other.MemberNation) : ReferenceEquals(MemberOrganisation, other.MemberOrganisation));
}
