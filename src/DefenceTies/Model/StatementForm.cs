namespace DefenceTies.Model;

/// <summary>Whether a <see cref="Statement"/> is quoted word for word or reported.</summary>
public enum StatementForm
{
    /// <summary>The speaker's own words, quoted verbatim.</summary>
    DirectQuotation,

    /// <summary>The source's paraphrase of what the speaker said.</summary>
    ReportedSpeech,
}
