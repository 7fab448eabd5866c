using DefenceTies.Model;
using DefenceTies.Querying;

namespace DefenceTies.Explorer.Data;

/// <summary>A source document as its page shows it: what it states about itself, and what it did for each fact it cites (the library's <see cref="DocumentContributionQueries"/>).</summary>
public sealed record DocumentView
{
    public required string Key { get; init; }

    public required string? Title { get; init; }

    public required PartialDate PublishedOn { get; init; }

    public required SourceOrigin Origin { get; init; }

    public required string? Byline { get; init; }

    public required string? Agency { get; init; }

    public required string? Dateline { get; init; }

    /// <summary>The time of publication in its stated offset (<c>2025-03-14T21:30:00+06:00</c>), or <see langword="null"/>.</summary>
    public required string? PublishedAt { get; init; }

    public required string? Credits { get; init; }

    public required IReadOnlyList<DocumentContribution> Contributions { get; init; }

    /// <summary>The contributions of one kind, in the library's order.</summary>
    public IReadOnlyList<DocumentContribution> Of(DocumentContributionKind kind) => [.. Contributions.Where(c => c.Kind == kind)];

    /// <summary>The page of a document: its key's segments escaped, its slashes kept.</summary>
    public static string Url(string key) => "/document/" + string.Join('/', key.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The fact page of a contribution's fact, or <see langword="null"/> for a kind of fact without one (a person, a place, a statement).</summary>
    public static string? FactUrl(DocumentContribution c) => c.FactKind switch
    {
        "engagement" => FactKind.Url(FactKind.Engagement, c.FactId),
        "agreement" => FactKind.Url(FactKind.Agreement, c.FactId),
        "exercise" => FactKind.Url(FactKind.Exercise, c.FactId),
        "workingGroup" => FactKind.Url(FactKind.WorkingGroup, c.FactId),
        "delegation" => FactKind.Url(FactKind.Delegation, c.FactId),
        "postHolding" => FactKind.Url(FactKind.PostHolding, c.FactId),
        "organisation" => FactKind.Url(FactKind.Organisation, c.FactId),
        "securityIssue" => FactKind.Url(FactKind.SecurityIssue, c.FactId),
        "defenceDeal" => FactKind.Url(FactKind.Deal, c.FactId),
        _ => null,
    };
}
