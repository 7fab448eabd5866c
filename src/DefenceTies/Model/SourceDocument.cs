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

    /// <summary>Maximum length of <see cref="Byline"/>.</summary>
    public const int BylineMaxLength = 500;

    /// <summary>Maximum length of <see cref="Agency"/>.</summary>
    public const int AgencyMaxLength = 200;

    /// <summary>Maximum length of <see cref="Credits"/>.</summary>
    public const int CreditsMaxLength = 1000;

    /// <summary>The most a stated UTC offset may be, either way, in minutes (UTC+14:00, UTC−14:00).</summary>
    public const int OffsetMaxMinutes = 14 * 60;

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

    /// <summary>
    /// The authors as the document prints them (such as <c>By Farhana Rahman and Tobias Lindqvist</c>),
    /// or <see langword="null"/> when it names none; it occurs in <see cref="Text"/>.
    /// </summary>
    public string? Byline { get; private set; }

    /// <summary>The news agency as the document prints it (such as <c>Reuters</c> or <c>PTI</c>), or <see langword="null"/>; it occurs in <see cref="Text"/>.</summary>
    public string? Agency { get; private set; }

    /// <summary>The place the dateline names (a dateline "DHAKA" is the city of Bangladesh), or <see langword="null"/>. Load it with <c>Include</c>.</summary>
    public DocumentDateline? Dateline { get; private set; }

    /// <summary>
    /// The time of publication as a UTC instant (<see cref="DateTimeKind.Utc"/>, to the second), or
    /// <see langword="null"/> when the document states none: stored as fixed-width ISO 8601 text
    /// (<c>2025-03-14T03:30:00Z</c>), whose ordinal order is chronological, so SQL compares and
    /// sorts it on every engine. <see cref="PublishedAt"/> gives it in the stated offset.
    /// </summary>
    public DateTime? PublishedAtUtc { get; private set; }

    /// <summary>The UTC offset, in minutes, the time of publication was stated in (360 for <c>+06:00</c>); set with <see cref="PublishedAtUtc"/>.</summary>
    public int? PublishedAtOffsetMinutes { get; private set; }

    /// <summary>The time of publication in the offset it was stated in, or <see langword="null"/>; its date falls within <see cref="PublishedOn"/>.</summary>
    public DateTimeOffset? PublishedAt =>
        PublishedAtUtc is { } utc && PublishedAtOffsetMinutes is { } offset
            ? new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified), TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offset))
            : null;

    /// <summary>The credits as printed (such as <c>With inputs from PTI</c> or a photograph's credit), or <see langword="null"/>; they occur in <see cref="Text"/>.</summary>
    public string? Credits { get; private set; }

    /// <summary>
    /// Records what the document states about itself: its byline, agency, dateline place, time of
    /// publication and credits. Each is optional; a value not given leaves the field as it is. The
    /// texts are values of the document, so each must occur verbatim in <see cref="Text"/>; the time
    /// of publication must fall, in its own offset, within <see cref="PublishedOn"/>. A field already
    /// set keeps its value: another value is refused, never overwritten.
    /// </summary>
    /// <param name="byline">The authors as printed.</param>
    /// <param name="agency">The news agency as printed.</param>
    /// <param name="dateline">The place the dateline names.</param>
    /// <param name="publishedAt">The time of publication with the UTC offset it was stated in, to the second.</param>
    /// <param name="credits">The credits as printed.</param>
    /// <returns>This document.</returns>
    /// <exception cref="DomainRuleException">A value breaks a rule, or differs from the one the field holds.</exception>
    public SourceDocument Describe(string? byline = null, string? agency = null, Region? dateline = null, DateTimeOffset? publishedAt = null, string? credits = null)
    {
        if (byline is not null)
        {
            Byline = Keep(Byline, InText(byline, nameof(Byline), BylineMaxLength), nameof(Byline));
        }

        if (agency is not null)
        {
            Agency = Keep(Agency, InText(agency, nameof(Agency), AgencyMaxLength), nameof(Agency));
        }

        if (credits is not null)
        {
            Credits = Keep(Credits, InText(credits, nameof(Credits), CreditsMaxLength), nameof(Credits));
        }

        if (publishedAt is { } at)
        {
            CheckPublishedAt(at, PublishedOn);
            if (PublishedAt is { } held && (held != at || held.Offset != at.Offset))
            {
                throw new DomainRuleException(nameof(SourceDocument), nameof(PublishedAt), FormatInstant(at), $"the document is stored as published at {FormatInstant(held)}; a document's metadata is not overwritten.");
            }

            PublishedAtUtc = DateTime.SpecifyKind(at.UtcDateTime, DateTimeKind.Utc);
            PublishedAtOffsetMinutes = (int)at.Offset.TotalMinutes;
        }

        if (dateline is not null)
        {
            if (Dateline is { } held && !ReferenceEquals(held.Place, dateline) && !(dateline.Id > 0 && held.PlaceId == dateline.Id))
            {
                throw new DomainRuleException(nameof(SourceDocument), nameof(Dateline), dateline.Name, $"the document's dateline is stored as {held.Place?.Name ?? $"place #{held.PlaceId}"}; a document's metadata is not overwritten.");
            }

            Dateline ??= new DocumentDateline(this, dateline);
        }

        return this;
    }

    /// <summary>ISO 8601 with the offset, to the second: <c>2025-03-14T09:30:00+06:00</c>.</summary>
    /// <param name="at">The instant and offset.</param>
    public static string FormatInstant(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The rules of a time of publication: whole seconds, an offset in whole minutes within ±14:00, and its date in that offset within <paramref name="publishedOn"/>.</summary>
    /// <exception cref="DomainRuleException">The time breaks a rule.</exception>
    internal static void CheckPublishedAt(DateTimeOffset at, PartialDate publishedOn)
    {
        var text = FormatInstant(at);
        if (at.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new DomainRuleException(nameof(SourceDocument), nameof(PublishedAt), text, "a time of publication is stored to the second; expected no fraction of a second.");
        }

        if (at.Offset.Ticks % TimeSpan.TicksPerMinute != 0 || Math.Abs(at.Offset.TotalMinutes) > OffsetMaxMinutes)
        {
            throw new DomainRuleException(nameof(SourceDocument), nameof(PublishedAt), text, "expected a UTC offset in whole minutes between -14:00 and +14:00.");
        }

        var day = DateOnly.FromDateTime(at.DateTime);
        if (publishedOn != default && (day < publishedOn.EarliestDay || day > publishedOn.LatestDay))
        {
            throw new DomainRuleException(nameof(SourceDocument), nameof(PublishedAt), text, $"its date in its own offset, {day:yyyy-MM-dd}, is not within the publication date {publishedOn}; expected a time on that date.");
        }
    }

    private string InText(string value, string field, int maxLength)
    {
        Guard.Text(value, nameof(SourceDocument), field, maxLength);
        return Text.Contains(value, StringComparison.Ordinal)
            ? value
            : throw new DomainRuleException(nameof(SourceDocument), field, value, $"it does not occur in the text of document '{Key}'; expected the {field.ToLowerInvariant()} exactly as the document prints it.");
    }

    private static string Keep(string? held, string value, string field) =>
        held is null || held == value ? value
        : throw new DomainRuleException(nameof(SourceDocument), field, value, $"the document is stored with the {field.ToLowerInvariant()} '{held}'; a document's metadata is not overwritten.");

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
