namespace DefenceTies.Model;

/// <summary>How a <see cref="Citation"/>'s passage supports the fact that cites it.</summary>
public enum SupportKind
{
    /// <summary>The passage says it in so many words: every text value of the fact occurs in the passage.</summary>
    Stated,

    /// <summary>A reading of the passage that it does not spell out; the citation's <see cref="Citation.Note"/> says why it follows.</summary>
    Implied,

    /// <summary>Taken from a reference data set (such as ISO 3166-1); the passage is a line of that data set's own document, never of a news report.</summary>
    Reference,
}
