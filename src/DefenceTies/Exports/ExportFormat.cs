namespace DefenceTies.Exports;

/// <summary>The file formats <see cref="DefenceTiesExporter"/> writes (see docs/exports.md).</summary>
public enum ExportFormat
{
    /// <summary>FollowTheMoney entities, one JSON object per line (Aleph, OpenSanctions-style pipelines).</summary>
    FollowTheMoney,

    /// <summary>One Popolo JSON document with persons, organizations, posts, memberships and events.</summary>
    Popolo,

    /// <summary>A dyad-year panel as CSV: one row per unordered pair of nations per year in which any tie holds.</summary>
    DyadYear,

    /// <summary>GraphML: nations, bodies and people as nodes; ties as edges with dates, support and citation.</summary>
    GraphML,
}
