namespace DefenceTies.Exports;

/// <summary>
/// The citation of one value of a fact cited on its own (a <see cref="Model.ValueCitation"/>), as an
/// export reads it: which property it supports and the passage, support and note that support it.
/// </summary>
internal sealed class ValueEvidence : ExportedCitation
{
    /// <summary>The model's name of the value, such as <c>ConcludedOn</c>.</summary>
    public required string Property { get; init; }
}
