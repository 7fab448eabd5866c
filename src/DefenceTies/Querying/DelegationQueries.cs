using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>Queries over <see cref="Delegation"/>s.</summary>
public static class DelegationQueries
{
    /// <summary>
    /// Each delegation with the member who led it (<see cref="DelegationRole.Leader"/>), the post they
    /// attended in and the evidence: the citation that says so and the document it is taken from. A
    /// delegation with no recorded leader still appears, with the leader's fields <see langword="null"/>
    /// and the delegation's own citation. Filter and sort the result with ordinary LINQ, such as
    /// <c>.Where(l =&gt; l.HeldOn == day).OrderBy(l =&gt; l.NationCode)</c>.
    /// </summary>
    /// <param name="delegations">The delegations, such as <c>db.Delegations</c>.</param>
    public static IQueryable<DelegationLeader> WithLeaders(this IQueryable<Delegation> delegations)
    {
        ArgumentNullException.ThrowIfNull(delegations);
        return from d in delegations
               from m in d.Members.Where(m => m.Role == DelegationRole.Leader).DefaultIfEmpty()
               select new DelegationLeader
               {
                   DelegationId = d.Id,
                   EngagementId = d.EngagementId,
                   EngagementSubject = d.Engagement.Subject,
                   HeldOn = d.Engagement.HeldOn,
                   NationCode = d.Nation.Alpha2Code,
                   NationName = d.Nation.Name,
                   LeaderName = m == null ? null : m.Person.Name,
                   LeaderRank = m == null ? null : m.Person.Rank,
                   PostTitle = m == null || m.Capacity == null ? null : m.Capacity.Title,
                   CitationId = m == null ? d.CitationId : m.CitationId,
                   CitationPassage = m == null ? d.Citation.Passage : m.Citation.Passage,
                   SourceDocumentKey = m == null ? d.Citation.SourceDocument.Key : m.Citation.SourceDocument.Key,
                   SourceDocumentTitle = m == null ? d.Citation.SourceDocument.Title : m.Citation.SourceDocument.Title,
                   SourceDocumentPublishedOn = m == null ? d.Citation.SourceDocument.PublishedOn : m.Citation.SourceDocument.PublishedOn,
               };
    }
}
