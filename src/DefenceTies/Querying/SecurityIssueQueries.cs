using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>Queries over <see cref="SecurityIssue"/>s.</summary>
public static class SecurityIssueQueries
{
    /// <summary>Security issues located in the region of exactly this name (ordinal, case-sensitive), such as <c>"Bay of Bengal"</c>.</summary>
    /// <remarks>
    /// To match the name regardless of case, compare upper-cased values instead, which translates on both
    /// providers: <c>db.SecurityIssues.Where(i =&gt; i.Regions.Any(r =&gt; r.Region.Name.ToUpper() == "BAY OF BENGAL"))</c>.
    /// </remarks>
    /// <param name="issues">The issues, such as <c>db.SecurityIssues</c>.</param>
    /// <param name="regionName">The <see cref="Region.Name"/>, as stored.</param>
    public static IQueryable<SecurityIssue> InRegion(this IQueryable<SecurityIssue> issues, string regionName)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentException.ThrowIfNullOrWhiteSpace(regionName);
        return issues.Where(i => i.Regions.Any(r => r.Region.Name == regionName));
    }
}
