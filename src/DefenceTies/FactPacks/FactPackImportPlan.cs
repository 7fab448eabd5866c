namespace DefenceTies.FactPacks;

/// <summary>
/// What importing a fact pack would do, found by a dry run
/// (<see cref="FactPackImporting.PlanFactPackImportAsync"/>) that stored nothing: per fact, whether it
/// would be added, corroborate a known fact or be refused, and per kind of fact the counts the
/// import would report.
/// </summary>
public sealed class FactPackImportPlan
{
    internal FactPackImportPlan(
        FactPack pack,
        bool alreadyImported,
        IReadOnlyList<FactPackImportCount> counts,
        IReadOnlyList<FactPackFactPlan> facts,
        IReadOnlyList<FactPackProblem> problems)
    {
        Source = pack.Source;
        DocumentKey = pack.DocumentKey;
        AlreadyImported = alreadyImported;
        Counts = counts;
        Facts = facts;
        Problems = problems;
    }

    /// <summary>The pack's <see cref="FactPack.Source"/>: its path, or the label it was read under.</summary>
    public string Source { get; }

    /// <summary>The key of the pack's source document.</summary>
    public string DocumentKey { get; }

    /// <summary>
    /// <see langword="true"/> when the same text (by SHA-256) is already stored under this key (or
    /// planned by an earlier pack of the same plan): the import would do nothing, and
    /// <see cref="Facts"/> and <see cref="Counts"/> are empty.
    /// </summary>
    public bool AlreadyImported { get; }

    /// <summary>Whether the import would succeed: <see langword="true"/> when <see cref="Problems"/> is empty.</summary>
    public bool WouldImport => Problems.Count == 0;

    /// <summary>
    /// Per kind of fact, how many rows the import would add and how many known rows would gain a
    /// citation: what <see cref="FactPackImportResult.Counts"/> would be. When the pack would be
    /// refused, the counts of the facts and links that hold.
    /// </summary>
    public IReadOnlyList<FactPackImportCount> Counts { get; }

    /// <summary>Rows the import would add, over all kinds of fact.</summary>
    public int Added => Counts.Sum(c => c.Added);

    /// <summary>Known rows that would gain this document's citation (merged), over all kinds of fact.</summary>
    public int Merged => Counts.Sum(c => c.Merged);

    /// <summary>
    /// Per fact of the pack, in its order, what the import would do with it. Empty when
    /// <see cref="AlreadyImported"/>, or when the pack's document itself is refused (its key is taken
    /// by another text, or its text is stored under another key): the import stops there.
    /// </summary>
    public IReadOnlyList<FactPackFactPlan> Facts { get; }

    /// <summary>
    /// Every problem the import would refuse the pack for, in the order of the pack: the
    /// <see cref="FactPackException.Problems"/> it would throw. Those of a fact are also on its
    /// <see cref="FactPackFactPlan.Problems"/>; those of the document (path <c>$.document…</c>) or
    /// of the whole change (path <c>$</c>) only here.
    /// </summary>
    public IReadOnlyList<FactPackProblem> Problems { get; }

    /// <summary>The exception the import would throw, with <see cref="Problems"/>; <see langword="null"/> when it would succeed.</summary>
    /// <returns>A new <see cref="FactPackException"/> for the pack, or <see langword="null"/>.</returns>
    public FactPackException? ToRefusal() => WouldImport ? null : new FactPackException(Source, Problems);
}
