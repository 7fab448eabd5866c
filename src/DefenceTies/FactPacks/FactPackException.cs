namespace DefenceTies.FactPacks;

/// <summary>
/// A fact pack was refused: it is unreadable, breaks the format, or its facts do not hold against its
/// text or the database. <see cref="Problems"/> lists every problem found, not only the first; nothing
/// of the pack was stored.
/// </summary>
public sealed class FactPackException : Exception
{
    /// <summary>Creates the exception for the given problems of the pack read from <paramref name="source"/>.</summary>
    /// <param name="source">The pack's file name or another label for messages.</param>
    /// <param name="problems">At least one problem.</param>
    public FactPackException(string source, IReadOnlyList<FactPackProblem> problems)
        : base(Describe(source, problems))
    {
        Source = source;
        Problems = problems;
    }

    /// <summary>The pack's file name, or the label it was read under.</summary>
    public new string Source { get; }

    /// <summary>Every problem found, in the order of the pack.</summary>
    public IReadOnlyList<FactPackProblem> Problems { get; }

    private static string Describe(string source, IReadOnlyList<FactPackProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        return $"Fact pack '{source}' was refused ({count}; nothing was stored):{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", problems);
    }
}
