namespace DefenceTies.Explorer.Data;

/// <summary>One value of a fact that sources disagree on, and every claim for it, the preferred value first.</summary>
/// <param name="Property">The model's name of the value (<c>Status</c>).</param>
/// <param name="Heading">The value for people ("Its status").</param>
/// <param name="Claims">The preferred value's claim, then the others by rank.</param>
public sealed record ValueClaims(string Property, string Heading, IReadOnlyList<ValueClaim> Claims);
