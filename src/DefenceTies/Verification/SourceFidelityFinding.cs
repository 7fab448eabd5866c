namespace DefenceTies.Verification;

/// <summary>One way a stored row is not faithful to its source, from <see cref="SourceFidelityCheck.CheckAsync"/>.</summary>
/// <param name="Entity">The kind of row, such as <c>Citation</c> or <c>Organisation</c>.</param>
/// <param name="Id">The row's key.</param>
/// <param name="Field">The field at fault, such as <c>Passage</c> or <c>Name</c>.</param>
/// <param name="Problem">What is wrong and what was expected, in words.</param>
public sealed record SourceFidelityFinding(string Entity, int Id, string Field, string Problem)
{
    /// <inheritdoc />
    public override string ToString() => $"{Entity} {Id}, {Field}: {Problem}";
}
