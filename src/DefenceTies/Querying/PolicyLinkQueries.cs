using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>Queries over <see cref="PolicyLink"/>s, the typed links between policies.</summary>
public static class PolicyLinkQueries
{
    /// <summary>
    /// The <see cref="PolicyLinkKind.Complements"/> links that point to the named policy, each with both
    /// policies and the link's own citation. Links are directed as the source states them (Thailand's Act
    /// West complements India's Act East, so <c>Complementing("Act East")</c> finds the link from Act West
    /// and <c>Complementing("Act West")</c> finds nothing). The complementing policy is
    /// <see cref="PolicyLinkDetail.FromPolicyName"/>.
    /// </summary>
    /// <remarks>
    /// The name matches exactly (ordinal, case-sensitive), as stored; the nation code is case-insensitive.
    /// To match the name regardless of case, filter the links with upper-cased values instead, which
    /// translates on both providers: <c>db.PolicyLinks.Where(l =&gt; l.Kind == PolicyLinkKind.Complements &amp;&amp; l.To.Name.ToUpper() == "ACT EAST")</c>.
    /// </remarks>
    /// <param name="links">The links, such as <c>db.PolicyLinks</c>.</param>
    /// <param name="policyName">The complemented policy's name, as stored, such as <c>"Act East"</c>.</param>
    /// <param name="nation">The complemented policy's nation (alpha-2 code), to tell apart policies of the same name; any nation when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The name is blank, or the nation code is not two letters.</exception>
    public static IQueryable<PolicyLinkDetail> Complementing(this IQueryable<PolicyLink> links, string policyName, string? nation = null)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentException.ThrowIfNullOrWhiteSpace(policyName);
        var complements = links.Where(l => l.Kind == PolicyLinkKind.Complements && l.To.Name == policyName);
        if (nation is not null)
        {
            var code = NationCode.Alpha2(nation, nameof(nation));
            complements = complements.Where(l => l.To.Nation.Alpha2Code == code);
        }

        // A projection rather than the entities with Include: it keeps the link's citation and
        // document key without loading the document's full text, and composes with Where/OrderBy.
        return complements.Select(l => new PolicyLinkDetail
        {
            LinkId = l.Id,
            Kind = l.Kind,
            FromPolicyId = l.FromPolicyId,
            FromPolicyName = l.From.Name,
            FromNationCode = l.From.Nation.Alpha2Code,
            FromNationName = l.From.Nation.Name,
            ToPolicyId = l.ToPolicyId,
            ToPolicyName = l.To.Name,
            ToNationCode = l.To.Nation.Alpha2Code,
            ToNationName = l.To.Nation.Name,
            CitationId = l.CitationId,
            CitationPassage = l.Citation.Passage,
            SourceDocumentKey = l.Citation.SourceDocument.Key,
            SourceDocumentTitle = l.Citation.SourceDocument.Title,
            SourceDocumentPublishedOn = l.Citation.SourceDocument.PublishedOn,
        });
    }
}
