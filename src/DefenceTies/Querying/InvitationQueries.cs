using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>
/// Queries over <see cref="Invitation"/>s: those a nation extended or received, those between two
/// nations, and those to one event. A nation is matched as the inviter or invitee itself; an
/// invitation from or to a person counts for no nation (the model states no person's nation).
/// Each returns an <see cref="IQueryable{T}"/> that translates to SQL and composes with further LINQ.
/// </summary>
public static class InvitationQueries
{
    /// <summary>The invitations a nation extended.</summary>
    /// <param name="invitations">The invitations to filter, such as <c>db.Invitations</c>.</param>
    /// <param name="nation">An ISO 3166-1 alpha-2 code, such as <c>"PH"</c>; case-insensitive.</param>
    /// <exception cref="ArgumentException">The code is not two letters.</exception>
    public static IQueryable<Invitation> ExtendedBy(this IQueryable<Invitation> invitations, string nation)
    {
        ArgumentNullException.ThrowIfNull(invitations);
        var code = NationCode.Alpha2(nation, nameof(nation));
        return invitations.Where(i => i.InviterNation!.Alpha2Code == code);
    }

    /// <summary>The invitations a nation received.</summary>
    /// <param name="invitations">The invitations to filter, such as <c>db.Invitations</c>.</param>
    /// <param name="nation">An ISO 3166-1 alpha-2 code, such as <c>"JP"</c>; case-insensitive.</param>
    /// <exception cref="ArgumentException">The code is not two letters.</exception>
    public static IQueryable<Invitation> ExtendedTo(this IQueryable<Invitation> invitations, string nation)
    {
        ArgumentNullException.ThrowIfNull(invitations);
        var code = NationCode.Alpha2(nation, nameof(nation));
        return invitations.Where(i => i.InviteeNation!.Alpha2Code == code);
    }

    /// <summary>The invitations between two nations, in either direction.</summary>
    /// <param name="invitations">The invitations to filter, such as <c>db.Invitations</c>.</param>
    /// <param name="nation">One nation's alpha-2 code; case-insensitive.</param>
    /// <param name="otherNation">The other nation's alpha-2 code; case-insensitive.</param>
    /// <exception cref="ArgumentException">A code is not two letters, or both name the same nation.</exception>
    public static IQueryable<Invitation> Between(this IQueryable<Invitation> invitations, string nation, string otherNation)
    {
        ArgumentNullException.ThrowIfNull(invitations);
        var (a, b) = NationCode.Pair(nation, otherNation, nameof(nation), nameof(otherNation));
        return invitations.Where(i => (i.InviterNation!.Alpha2Code == a && i.InviteeNation!.Alpha2Code == b) || (i.InviterNation!.Alpha2Code == b && i.InviteeNation!.Alpha2Code == a));
    }

    /// <summary>The invitations to one engagement.</summary>
    /// <param name="invitations">The invitations to filter, such as <c>db.Invitations</c>.</param>
    /// <param name="engagementId">The engagement's id.</param>
    public static IQueryable<Invitation> ToEngagement(this IQueryable<Invitation> invitations, int engagementId)
    {
        ArgumentNullException.ThrowIfNull(invitations);
        return invitations.Where(i => i.EngagementId == engagementId);
    }

    /// <summary>The invitations to one exercise edition.</summary>
    /// <param name="invitations">The invitations to filter, such as <c>db.Invitations</c>.</param>
    /// <param name="exerciseId">The edition's id.</param>
    public static IQueryable<Invitation> ToExercise(this IQueryable<Invitation> invitations, int exerciseId)
    {
        ArgumentNullException.ThrowIfNull(invitations);
        return invitations.Where(i => i.ExerciseId == exerciseId);
    }
}
