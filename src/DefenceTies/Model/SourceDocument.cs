using System.Security.Cryptography;
using System.Text;

namespace DefenceTies.Model;

/// <summary>A report or other document that facts are taken from, stored with its full text.</summary>
public class SourceDocument : Entity
{
    /// <summary>Maximum length of <see cref="Key"/>.</summary>
    public const int KeyMaxLength = 100;

    /// <summary>Maximum length of <see cref="Title"/>.</summary>
    public const int TitleMaxLength = 500;

    /// <summary>Length of <see cref="ContentSha256"/> (hexadecimal).</summary>
    public const int ContentSha256Length = 64;

    private readonly List<Citation> _citations = [];

    /// <summary>For EF Core.</summary>
    protected SourceDocument()
    {
    }

    /// <summary>Creates a source document.</summary>
    /// <param name="key">A stable identifier, unique among documents (for the seeded report, its file name).</param>
    /// <param name="title">The title if the document states one; never invented.</param>
    /// <param name="publishedOn">The publication date, to the precision known (never <c>default(PartialDate)</c>, which is not a date).</param>
    /// <param name="text">The full text, exactly as received.</param>
    /// <param name="origin">A news report (the default) or a reference data set; decides how its passages may support facts.</param>
    public SourceDocument(string key, string? title, PartialDate publishedOn, string text, SourceOrigin origin = SourceOrigin.NewsReport)
    {
        Validate(key, title, publishedOn, text, origin);
        Key = key;
        Origin = origin;
        Title = title;
        PublishedOn = publishedOn;
        Text = text;
        ContentSha256 = Sha256Of(text);
    }

    /// <summary>A stable identifier, unique among documents.</summary>
    public string Key { get; private set; } = null!;

    /// <summary>The title, or <see langword="null"/> when the document states none.</summary>
    public string? Title { get; private set; }

    /// <summary>A news report or a reference data set.</summary>
    public SourceOrigin Origin { get; private set; }

    /// <summary>The publication date, to the precision known.</summary>
    public PartialDate PublishedOn { get; private set; }

    /// <summary>The full text, exactly as received.</summary>
    public string Text { get; private set; } = null!;

    /// <summary>SHA-256 of the UTF-8 text, in lower-case hexadecimal: detects any later alteration.</summary>
    public string ContentSha256 { get; private set; } = null!;

    /// <summary>The rules of a document's fields; the constructor and the bulk path both apply them.</summary>
    /// <exception cref="DomainRuleException">A value breaks a rule.</exception>
    internal static void Validate(string? key, string? title, PartialDate publishedOn, string? text, SourceOrigin origin)
    {
        Guard.Defined(origin, nameof(SourceDocument), nameof(Origin));
        Guard.Text(key, nameof(SourceDocument), nameof(Key), KeyMaxLength);
        Guard.OptionalText(title, nameof(SourceDocument), nameof(Title), TitleMaxLength);
        Guard.Date(publishedOn, nameof(SourceDocument), nameof(PublishedOn));
        // Only required: the text is kept exactly as received, a file's final line break included
        // (the reference list's text is its file, whose SHA-256 is then the file's).
        Guard.Text(text, nameof(SourceDocument), nameof(Text), int.MaxValue, TextLines.Document);
    }

    /// <summary>The <see cref="ContentSha256"/> of a text.</summary>
    internal static string Sha256Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// The passages of this document that facts cite. Filled by EF Core, not by <see cref="Cite"/>: load
    /// it with <c>Include(d =&gt; d.Citations)</c>, or it fills in as citations of this document are tracked
    /// by the same context. A citation that no fact uses and that was never added to a context is not stored.
    /// </summary>
    public IReadOnlyCollection<Citation> Citations => _citations.AsReadOnly();

    /// <summary>
    /// Cites a verbatim passage of this document as saying the fact in so many words (a news report)
    /// or as reference data (a reference data set). Each call makes a new citation: one use of the
    /// passage for one fact.
    /// </summary>
    /// <param name="passage">The passage, verbatim.</param>
    /// <param name="occurrence">Which occurrence, counting from 1, when the passage occurs more than once.</param>
    /// <exception cref="DomainRuleException">The passage does not occur that often in the text.</exception>
    public Citation Cite(string passage, int occurrence = 1) =>
        new(this, passage, Locate(passage, occurrence), Origin == SourceOrigin.ReferenceData ? SupportKind.Reference : SupportKind.Stated, note: null);

    /// <summary>
    /// Cites a verbatim passage of a news report as implying the fact, without saying it in so many
    /// words; <paramref name="note"/> says why it follows.
    /// </summary>
    /// <param name="passage">The passage, verbatim.</param>
    /// <param name="note">Why the passage implies the fact.</param>
    /// <param name="occurrence">Which occurrence, counting from 1, when the passage occurs more than once.</param>
    /// <exception cref="DomainRuleException">The passage does not occur that often, the note is blank, or this is a reference data set.</exception>
    public Citation Infer(string passage, string note, int occurrence = 1) =>
        new(this, passage, Locate(passage, occurrence), SupportKind.Implied, note);

    /// <summary>
    /// Cites the passage at a known index (as a reference list knows each line's position), with the
    /// support <see cref="Cite"/> gives; no search, so a list of thousands of lines cites in linear time.
    /// </summary>
    /// <exception cref="DomainRuleException">The passage is not at that index.</exception>
    internal Citation CiteAt(string passage, int startIndex)
    {
        Guard.Text(passage, nameof(Citation), nameof(Citation.Passage), Citation.PassageMaxLength, TextLines.Multiple);
        if (!PassageCheck.IsVerbatimAt(Text, passage, startIndex))
        {
            throw Citation.NotInDocument(passage, $"source document '{Key}' at index {startIndex}");
        }

        return new(this, passage, startIndex, Origin == SourceOrigin.ReferenceData ? SupportKind.Reference : SupportKind.Stated, note: null);
    }

    /// <summary>The index of the given occurrence of a passage in <see cref="Text"/>.</summary>
    /// <exception cref="DomainRuleException">The passage is blank or does not occur that often.</exception>
    internal int Locate(string passage, int occurrence)
    {
        Guard.Text(passage, nameof(Citation), nameof(Citation.Passage), Citation.PassageMaxLength, TextLines.Multiple);
        if (occurrence < 1)
        {
            throw new DomainRuleException(nameof(Citation), "Occurrence", occurrence, "occurrences count from 1.");
        }

        var offset = -1;
        for (var seen = 0; seen < occurrence; seen++)
        {
            offset = Text.IndexOf(passage, offset + 1, StringComparison.Ordinal);
            if (offset < 0)
            {
                throw Citation.NotInDocument(passage, seen == 0 ? $"source document '{Key}'" : $"source document '{Key}' {occurrence} times (only {seen})");
            }
        }

        return offset;
    }
}
