namespace DefenceTies.Model;

/// <summary>
/// Whether a statement is quoted word for word or reported.
/// </summary>
public enum StatementForm
{
    /// <summary>
    /// The speaker's own words, quoted verbatim (in quotation marks in the source); the content is
    /// the quoted words exactly. Example: "We will deepen our cooperation," the minister said.
    /// </summary>
    DirectQuotation,

    /// <summary>
    /// The source's own account of what the speaker said, in indirect speech; the content is the
    /// source's wording. Use it whenever the words are not quoted. Example: the ministry said that
    /// Thailand is a maritime neighbour.
    /// </summary>
    ReportedSpeech,
}
