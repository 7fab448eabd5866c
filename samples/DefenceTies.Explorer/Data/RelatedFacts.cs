namespace DefenceTies.Explorer.Data;

/// <summary>A group of facts related to the one shown, under a heading, each a link to its fact page.</summary>
/// <param name="Heading">The group's heading ("Editions of the Sea Shield series").</param>
/// <param name="Id">The list's HTML id ("editions", "invitations").</param>
/// <param name="Facts">The facts, in the order shown.</param>
public sealed record RelatedFacts(string Heading, string Id, IReadOnlyList<ActorName> Facts);
