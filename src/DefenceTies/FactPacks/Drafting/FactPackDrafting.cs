using System.Text.RegularExpressions;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Drafting;

/// <summary>
/// Drafts a fact pack from a report's text for a person to review: the document block (key,
/// publication date, SHA-256, the text file's name) and candidate values found in the text — the
/// nations it names, the dates it writes, the people it names with a rank or title and the titles,
/// and its direct quotations — each with its verbatim passage and position, marked
/// <c>Unreviewed</c> so that no loading path accepts the pack until each is reviewed.
/// </summary>
public static partial class FactPackDrafting
{
    /// <summary>
    /// Drafts a pack from <paramref name="text"/>. The publication date is read from a
    /// <c>date YYYY-MM-DD</c> header at the start of the text's first non-blank line (stored pages
    /// often go on with the dateline or the first sentence on that line), else it is
    /// <paramref name="publishedOn"/>.
    /// </summary>
    /// <param name="text">The report's text, exactly as it will be stored.</param>
    /// <param name="documentKey">The document's key.</param>
    /// <param name="textFileName">The name of the text file the pack names (beside the pack).</param>
    /// <param name="publishedOn">The publication date, for a text without a header.</param>
    /// <returns>The draft.</returns>
    /// <exception cref="ArgumentException">The text has no header and no date is given, or the header's date is not a real date.</exception>
    public static FactPackDraft Draft(string text, string documentKey, string textFileName, PartialDate? publishedOn = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(textFileName);
        var header = Header(text);
        PartialDate date;
        if (header is not null)
        {
            date = PartialDate.TryParse(header.Groups["date"].Value, out var read)
                ? read
                : throw new ArgumentException($"the text's header 'date {header.Groups["date"].Value}' is not a real date; expected YYYY-MM-DD of the calendar.", nameof(text));
        }
        else
        {
            date = publishedOn ?? throw new ArgumentException("the text has no 'date YYYY-MM-DD' header at the start of its first non-blank line, and no publication date is given (--published); give one of them.", nameof(publishedOn));
        }

        // The header's own date is the publication date, not a date the report writes.
        var headerEnd = header is null ? 0 : header.Index + header.Length;
        var candidates = DraftExtractors.Nations(text).Concat(DraftExtractors.Dates(text, date)).Concat(RelativeDateExtractor.Find(text, date)).Concat(PeopleExtractor.Find(text)).Concat(QuotationExtractor.Find(text))
            .Where(c => c.Position >= headerEnd)
            .OrderBy(c => c.Position).ThenBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.Value, StringComparer.Ordinal)
            .ToList();
        return new FactPackDraft(documentKey, date, header is not null, textFileName, SourceDocument.Sha256Of(text), candidates);
    }

    private static Match? Header(string text)
    {
        var match = HeaderPattern().Match(text);
        return match.Success ? match : null;
    }

    // The first non-blank line, from its first non-blank character, starts "date YYYY-MM-DD".
    [GeneratedRegex(@"\A\s*date[ \t]+(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderPattern();
}
