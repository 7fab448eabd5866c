using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>Queries over <see cref="PolicyLink"/>s, the typed links between policies.</summary>
public static class PolicyLinkQueries
{
    /// <summary>
    /// The policies that complement the named policy: those linked to it by a
    /// <see cref="PolicyLinkKind.Complements"/> link starting from them. Links are directed as the
    /// source states them (Thailand's Act West complements India's Act East, so
    /// <c>Complementing("Act East")</c> finds Act West and <c>Complementing("Act West")</c> finds nothing).
    /// </summary>
    /// <param name="links">The links, such as <c>db.PolicyLinks</c>.</param>
    /// <param name="policyName">The complemented policy's name, as stored, such as <c>"Act East"</c>.</param>
    /// <param name="nation">The complemented policy's nation (alpha-2 code), to tell apart policies of the same name; any nation when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The nation code is not two letters.</exception>
    public static IQueryable<Policy> Complementing(this IQueryable<PolicyLink> links, string policyName, string? nation = null)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentException.ThrowIfNullOrWhiteSpace(policyName);
        var complements = links.Where(l => l.Kind == PolicyLinkKind.Complements && l.To.Name == policyName);
        if (nation is not null)
        {
            var code = NationCode.Alpha2(nation, nameof(nation));
            complements = complements.Where(l => l.To.Nation.Alpha2Code == code);
        }

        return complements.Select(l => l.From).Distinct();
    }
}
