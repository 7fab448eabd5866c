namespace DefenceTies.Model;

/// <summary>
/// How a citation's passage supports the fact that cites it.
/// </summary>
public enum SupportKind
{
    /// <summary>
    /// The passage says it in so many words: every text value of the fact occurs in the passage.
    /// Use it only when nothing had to be read into the passage. Example: "headed by Gen Tharapong
    /// Malakam" states a person named Tharapong Malakam, rank Gen.
    /// </summary>
    Stated,

    /// <summary>
    /// A reading of the passage that it does not spell out; the citation's note says why it
    /// follows. Use it as soon as any reasoning was needed (who "both countries" are, a date from
    /// "on Friday"). Example: "both armies" implies an army of each nation.
    /// </summary>
    Implied,

    /// <summary>
    /// Taken from a reference data set (such as ISO 3166-1); the passage is a line of that data
    /// set's own document, never of a news report. Use it only on a document of origin
    /// ReferenceData. Example: the line of ISO 3166-1 that gives India the code IN.
    /// </summary>
    Reference,
}
