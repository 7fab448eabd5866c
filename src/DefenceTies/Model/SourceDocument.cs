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
    public SourceDocument(string key, string? title, PartialDate publishedOn, string text)
    {
        Validate(key, title, publishedOn, text);
        Key = key;
        Title = title;
        PublishedOn = publishedOn;
        Text = text;
        ContentSha256 = Sha256Of(text);
    }

    /// <summary>A stable identifier, unique among documents.</summary>
    public string Key { get; private set; } = null!;

    /// <summary>The title, or <see langword="null"/> when the document states none.</summary>
    public string? Title { get; private set; }

    /// <summary>The publication date, to the precision known.</summary>
    public PartialDate PublishedOn { get; private set; }

    /// <summary>The full text, exactly as received.</summary>
    public string Text { get; private set; } = null!;

    /// <summary>SHA-256 of the UTF-8 text, in lower-case hexadecimal: detects any later alteration.</summary>
    public string ContentSha256 { get; private set; } = null!;

    /// <summary>The rules of a document's fields; the constructor and the bulk path both apply them.</summary>
    /// <exception cref="DomainRuleException">A value breaks a rule.</exception>
    internal static void Validate(string? key, string? title, PartialDate publishedOn, string? text)
    {
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
    /// Cites a verbatim passage of this document. The passage must occur in <see cref="Text"/>;
    /// when it occurs more than once, the first occurrence at or after <paramref name="searchFrom"/> is cited.
    /// </summary>
    /// <param name="passage">The passage, verbatim.</param>
    /// <param name="searchFrom">Where in <see cref="Text"/> to start looking, from 0 to its length.</param>
    /// <exception cref="DomainRuleException">The passage breaks a rule of text or does not occur in the text.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="searchFrom"/> is negative or past the end of the text.</exception>
    public Citation Cite(string passage, int searchFrom = 0)
    {
        Citation.Validate(passage);
        // Checked here so that the error names this method's parameter, not string.IndexOf's.
        ArgumentOutOfRangeException.ThrowIfNegative(searchFrom);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(searchFrom, Text.Length);
        var offset = Text.IndexOf(passage, searchFrom, StringComparison.Ordinal);
        if (offset < 0)
        {
            throw Citation.NotInDocument(passage, $"source document '{Key}'");
        }

        return new Citation(this, passage, offset);
    }
}
