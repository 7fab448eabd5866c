namespace DefenceTies.FactPacks;

/// <summary>One thing wrong with a fact pack: where, what, and what was expected instead.</summary>
/// <param name="Path">Where in the pack, as a JSON path such as <c>$.facts[3].cite.passage</c>; <c>$</c> for the pack as a whole.</param>
/// <param name="Message">What is wrong and what was expected, in one sentence an analyst can act on.</param>
public sealed record FactPackProblem(string Path, string Message)
{
    /// <summary>The problem as one line: <c>path: message</c>.</summary>
    public override string ToString() => $"{Path}: {Message}";
}
