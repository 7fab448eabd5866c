namespace DefenceTies.Explorer.Data;

/// <summary>
/// One part of a fact (the fact itself, a detail with a citation of its own, or one of its values
/// cited on its own) and its citations.
/// </summary>
/// <param name="Heading">What is backed, for people ("The agreement", "Its concluded on, cited on its own").</param>
/// <param name="Citations">The citations backing it, its own first.</param>
/// <param name="ValueProperty">For a value cited on its own, the model's name of the value (<c>ConcludedOn</c>); otherwise null.</param>
public sealed record FactClaim(string Heading, IReadOnlyList<CitationInDocument> Citations, string? ValueProperty = null)
{
    /// <summary>True for a value of the fact cited on its own, shown beside the fact's citation.</summary>
    public bool IsValue => ValueProperty is not null;
}
