namespace DefenceTies.FactPacks;

/// <summary>What importing a fact pack did.</summary>
public sealed class FactPackImportResult
{
    internal FactPackImportResult(string documentKey, bool alreadyImported, IReadOnlyList<FactPackImportCount> counts, IReadOnlyList<FactPackFactPlan>? facts = null)
    {
        Facts = facts ?? [];
        DocumentKey = documentKey;
        AlreadyImported = alreadyImported;
        Counts = counts;
    }

    /// <summary>The key of the pack's source document.</summary>
    public string DocumentKey { get; }

    /// <summary>
    /// <see langword="true"/> when the same text (by SHA-256) was already stored under this key, so
    /// nothing was done: importing a pack twice is harmless.
    /// </summary>
    public bool AlreadyImported { get; }

    /// <summary>Per kind of fact, how many rows were added and how many existing rows gained a citation instead.</summary>
    public IReadOnlyList<FactPackImportCount> Counts { get; }

    /// <summary>
    /// What became of each fact of the pack, in its order: added, corroborating a known fact, or
    /// contesting some of its values (with the values new to it and those stored as competing
    /// claims). Empty when <see cref="AlreadyImported"/>.
    /// </summary>
    public IReadOnlyList<FactPackFactPlan> Facts { get; }

    /// <summary>Rows added, over all kinds of fact.</summary>
    public int Added => Counts.Sum(c => c.Added);

    /// <summary>Existing rows that gained this document's citation (merged), over all kinds of fact.</summary>
    public int Merged => Counts.Sum(c => c.Merged);
}
