namespace DefenceTies.Model;

/// <summary>
/// Which <see cref="ParticipationRole"/> each kind of link accepts: the one list the model's checks
/// and the database's CHECK constraints are both built from.
/// </summary>
internal static class ParticipationRoles
{
    /// <summary>The roles of a member of a body (<see cref="OrganisationMembership"/>).</summary>
    public static IReadOnlyList<ParticipationRole> OfMemberships { get; } =
        [ParticipationRole.Member, ParticipationRole.Chair, ParticipationRole.CoChair, ParticipationRole.Host, ParticipationRole.Observer];

    /// <summary>The roles of a working group's member (<see cref="WorkingGroupMember"/>).</summary>
    public static IReadOnlyList<ParticipationRole> OfWorkingGroupMembers { get; } =
        [ParticipationRole.Member, ParticipationRole.Chair, ParticipationRole.CoChair, ParticipationRole.Observer];

    /// <summary>The roles of an exercise's participant (<see cref="ExerciseParticipant"/>).</summary>
    public static IReadOnlyList<ParticipationRole> OfExerciseParticipants { get; } =
        [ParticipationRole.Participant, ParticipationRole.Host, ParticipationRole.Observer, ParticipationRole.FirstTimeParticipant, ParticipationRole.Contributor];

    /// <summary>The roles of an engagement's participant (<see cref="EngagementParticipant"/>).</summary>
    public static IReadOnlyList<ParticipationRole> OfEngagementParticipants { get; } =
        [ParticipationRole.Participant, ParticipationRole.Host, ParticipationRole.Chair, ParticipationRole.CoChair, ParticipationRole.Observer];

    /// <summary>Refuses a role the link does not accept.</summary>
    internal static ParticipationRole Check(ParticipationRole role, IReadOnlyList<ParticipationRole> allowed, string entity)
    {
        Guard.Defined(role, entity, "Role");
        return allowed.Contains(role)
            ? role
            : throw new DomainRuleException(entity, "Role", role, $"must be one of {string.Join(", ", allowed)}.");
    }
}
