using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>Queries over <see cref="WorkingGroup"/>s.</summary>
public static class WorkingGroupQueries
{
    /// <summary>Working groups with a focus on the cooperation area of exactly this name (ordinal, case-sensitive), such as <c>"co-production"</c>.</summary>
    /// <remarks>
    /// To match the name regardless of case, compare upper-cased values instead, which translates on both
    /// providers: <c>db.WorkingGroups.Where(g =&gt; g.FocusAreas.Any(f =&gt; f.CooperationArea.Name.ToUpper() == name.ToUpperInvariant()))</c>.
    /// </remarks>
    /// <param name="groups">The working groups, such as <c>db.WorkingGroups</c>.</param>
    /// <param name="cooperationAreaName">The <see cref="CooperationArea.Name"/>, as stored.</param>
    public static IQueryable<WorkingGroup> WithFocusArea(this IQueryable<WorkingGroup> groups, string cooperationAreaName)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentException.ThrowIfNullOrWhiteSpace(cooperationAreaName);
        return groups.Where(g => g.FocusAreas.Any(f => f.CooperationArea.Name == cooperationAreaName));
    }
}
