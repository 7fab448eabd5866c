using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>
/// A nation or body belonging to a body, or holding a role in it, over a term when the source dates
/// it (see <see cref="OrganisationMembership"/>): a year of the Correlates of War IGO data, say.
/// Exactly one of <see cref="MemberNationId"/> and <see cref="MemberOrganisationId"/> is set; one
/// member holds one role once per start date.
/// </summary>
public sealed class OrganisationMembershipRow : BulkRow
{
    /// <summary>The body the member belongs to.</summary>
    public required int OrganisationId { get; init; }

    /// <summary>The member, when it is a nation.</summary>
    public int? MemberNationId { get; init; }

    /// <summary>The member, when it is a body; not <see cref="OrganisationId"/>.</summary>
    public int? MemberOrganisationId { get; init; }

    /// <summary>The member's role: Member (the default), Chair, CoChair, Host or Observer.</summary>
    public ParticipationRole Role { get; init; } = ParticipationRole.Member;

    /// <summary>When the membership or role began, at the precision stated, if stated.</summary>
    public PartialDate? StartedOn { get; init; }

    /// <summary>When it ended or ends, at the precision stated, if stated; not before it began.</summary>
    public PartialDate? EndedOn { get; init; }

    /// <summary>The supporting citation.</summary>
    public required int CitationId { get; init; }
}
