namespace DefenceTies.Model;

/// <summary>
/// A verbatim passage of a <see cref="Model.SourceDocument"/>, with its position, that
/// supports one or more facts. Created through <see cref="SourceDocument.Cite"/>, which proves the
/// passage occurs in the text.
/// </summary>
public class Citation : Entity
{
    /// <summary>Maximum length of <see cref="Passage"/>.</summary>
    public const int PassageMaxLength = 2000;

    /// <summary>For EF Core.</summary>
    protected Citation()
    {
    }

    internal Citation(SourceDocument document, string passage, int startIndex)
    {
        SourceDocument = document;
        Passage = passage;
        StartIndex = startIndex;
        Length = passage.Length;
    }

    /// <summary>The key of <see cref="SourceDocument"/>.</summary>
    public int SourceDocumentId { get; private set; }

    /// <summary>The document the passage is taken from.</summary>
    public SourceDocument SourceDocument { get; private set; } = null!;

    /// <summary>The passage, verbatim.</summary>
    public string Passage { get; private set; } = null!;

    /// <summary>Zero-based index of the passage in the document text, in UTF-16 code units.</summary>
    public int StartIndex { get; private set; }

    /// <summary>Length of the passage in UTF-16 code units.</summary>
    public int Length { get; private set; }

    /// <summary>The rules of a passage on its own; <see cref="SourceDocument.Cite"/> and the bulk path both apply them.</summary>
    /// <exception cref="DomainRuleException">The passage breaks a rule.</exception>
    internal static void Validate(string? passage) => Guard.Text(passage, nameof(Citation), nameof(Passage), PassageMaxLength, TextLines.Multiple);

    /// <summary>The error for a passage that is not where it is said to be.</summary>
    /// <param name="passage">The passage.</param>
    /// <param name="where">Where it was looked for, in words.</param>
    internal static DomainRuleException NotInDocument(string passage, string where) =>
        new(nameof(Citation), nameof(Passage), passage, $"the passage does not occur verbatim in {where}.");
}
