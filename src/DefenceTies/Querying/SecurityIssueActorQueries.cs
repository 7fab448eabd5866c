using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>Queries over the actors of <see cref="SecurityIssue"/>s and the relations between nations (tension).</summary>
public static class SecurityIssueActorQueries
{
    /// <summary>
    /// Security issues in which the nation plays a part, optionally only this part (behind it,
    /// affected, addressing it): as an actor itself or through one of its bodies (an organisation of
    /// that nation, such as its navy or a militia a report says is from it).
    /// </summary>
    /// <param name="issues">The issues, such as <c>db.SecurityIssues</c>.</param>
    /// <param name="nation">An ISO 3166-1 alpha-2 code, such as <c>"VN"</c>; case-insensitive.</param>
    /// <param name="role">The part, or <see langword="null"/> for any.</param>
    /// <exception cref="ArgumentException">The code is not two letters.</exception>
    public static IQueryable<SecurityIssue> WithActor(this IQueryable<SecurityIssue> issues, string nation, SecurityIssueRole? role = null)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var code = NationCode.Alpha2(nation, nameof(nation));
        var actors = Actors(issues).Where(a => (a.Nation!.Alpha2Code == code || a.Organisation!.Nation!.Alpha2Code == code) && (role == null || a.Role == role)).Select(a => a.SecurityIssueId);
        return issues.Where(i => actors.Contains(i.Id));
    }

    /// <summary>
    /// Security issues that both nations address (each an <see cref="SecurityIssueRole.Addressing"/>
    /// actor, itself or through one of its bodies): what they take on together.
    /// </summary>
    /// <param name="issues">The issues, such as <c>db.SecurityIssues</c>.</param>
    /// <param name="nation">An ISO 3166-1 alpha-2 code.</param>
    /// <param name="otherNation">Another alpha-2 code.</param>
    /// <exception cref="ArgumentException">A code is not two letters, or both are the same.</exception>
    public static IQueryable<SecurityIssue> AddressedTogetherBy(this IQueryable<SecurityIssue> issues, string nation, string otherNation)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var (a, b) = NationCode.Pair(nation, otherNation, nameof(nation), nameof(otherNation));
        var first = Actors(issues).Where(x => x.Role == SecurityIssueRole.Addressing && (x.Nation!.Alpha2Code == a || x.Organisation!.Nation!.Alpha2Code == a)).Select(x => x.SecurityIssueId);
        var second = Actors(issues).Where(x => x.Role == SecurityIssueRole.Addressing && (x.Nation!.Alpha2Code == b || x.Organisation!.Nation!.Alpha2Code == b)).Select(x => x.SecurityIssueId);
        return issues.Where(i => first.Contains(i.Id) && second.Contains(i.Id));
    }

    /// <summary>The relations stated between two nations, in either direction (the subject may be either), such as a <see cref="NationRelationKind.Tension"/>.</summary>
    /// <param name="relations">The relations, such as <c>db.NationRelations</c>.</param>
    /// <param name="nation">An ISO 3166-1 alpha-2 code.</param>
    /// <param name="otherNation">Another alpha-2 code.</param>
    /// <exception cref="ArgumentException">A code is not two letters, or both are the same.</exception>
    public static IQueryable<NationRelation> Between(this IQueryable<NationRelation> relations, string nation, string otherNation)
    {
        ArgumentNullException.ThrowIfNull(relations);
        var (a, b) = NationCode.Pair(nation, otherNation, nameof(nation), nameof(otherNation));
        return relations.Where(r => (r.Subject.Alpha2Code == a && r.Counterpart.Alpha2Code == b) || (r.Subject.Alpha2Code == b && r.Counterpart.Alpha2Code == a));
    }

    private static IQueryable<SecurityIssueActor> Actors(IQueryable<SecurityIssue> issues) =>
        QueryRoots.Table<SecurityIssueActor>(issues) ?? issues.SelectMany(i => i.Actors);
}
