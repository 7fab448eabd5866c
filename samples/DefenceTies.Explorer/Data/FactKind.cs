namespace DefenceTies.Explorer.Data;

/// <summary>The kinds of fact the fact page shows, with the route segment that names each.</summary>
public static class FactKind
{
    public const string Engagement = "engagement";
    public const string Agreement = "agreement";
    public const string Exercise = "exercise";
    public const string WorkingGroup = "working-group";
    public const string Delegation = "delegation";
    public const string PostHolding = "post-holding";
    public const string Organisation = "organisation";
    public const string SecurityIssue = "security-issue";
    public const string Deal = "deal";
    public const string Invitation = "invitation";

    public const string Initiative = "initiative";

    public static IReadOnlyList<string> All { get; } = [Engagement, Agreement, Exercise, WorkingGroup, Delegation, PostHolding, Organisation, SecurityIssue, Deal, Invitation, Initiative];

    /// <summary>The kind as the network's filter names it.</summary>
    public static string Label(string kind) => kind switch
    {
        Engagement => "engagements",
        Agreement => "agreements",
        Exercise => "exercises",
        WorkingGroup => "working groups",
        Delegation => "delegation members",
        PostHolding => "posts held",
        SecurityIssue => "security issues",
        Deal => "deals",
        Invitation => "invitations",
        Initiative => "initiatives",
        _ => "bodies of nations",
    };

    public static string Url(string kind, int id) => $"/fact/{kind}/{id}";
}
