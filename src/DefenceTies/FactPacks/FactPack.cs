using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DefenceTies.FactPacks.Planting;
using DefenceTies.Model;

namespace DefenceTies.FactPacks;

/// <summary>
/// A fact pack that passed every check that needs no database: one source document (its metadata
/// and its text, a file beside the pack checked by SHA-256) and the facts it supports, in the JSON
/// format of <c>fact-pack.schema.json</c> (see docs/fact-packs.md). Import it with
/// <see cref="FactPackImporting.ImportFactPackAsync"/>.
/// </summary>
/// <remarks>
/// Reading checks the schema, that every passage occurs verbatim in the text (as often as its
/// occurrence says), that references resolve to facts declared before them, that nation codes are
/// assigned ISO 3166-1 entries, that dates are real dates, that support fits the document and its
/// note, that every stated value is stated by its own citation's passage (a text occurs in it, a date
/// is written in it, a nation is named in it), and the model's own rules for every value. It reports
/// every problem at once, several in one fact included, in a <see cref="FactPackException"/>.
/// </remarks>
public sealed class FactPack
{
    /// <summary>The value of a pack's <c>format</c> property.</summary>
    public const string FormatName = "defenceties-fact-pack";

    /// <summary>
    /// The version of the format this library writes and documents (a pack's <c>version</c>
    /// property): 2. It also reads version 1, whose facts have one citation each.
    /// </summary>
    public const int FormatVersion = 2;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private FactPack(string source, JsonElement root, string text)
    {
        Source = source;
        Root = root;
        Text = text;
        var document = root.GetProperty("document");
        DocumentKey = document.GetProperty("key").GetString()!;
        DocumentTitle = document.TryGetProperty("title", out var title) ? title.GetString() : null;
        PublishedOn = PartialDate.Parse(document.GetProperty("publishedOn").GetString()!);
        Origin = Enum.Parse<SourceOrigin>(document.GetProperty("origin").GetString()!);
        ContentSha256 = document.GetProperty("sha256").GetString()!;
        Byline = document.TryGetProperty("byline", out var byline) ? byline.GetString() : null;
        Agency = document.TryGetProperty("agency", out var agency) ? agency.GetString() : null;
        Credits = document.TryGetProperty("credits", out var credits) ? credits.GetString() : null;
        DatelineFact = document.TryGetProperty("dateline", out var dateline) ? dateline.GetString() : null;
        PublishedAt = document.TryGetProperty("publishedAt", out var at) ? ParseInstant(at.GetString()) : null;
        FactCount = root.GetProperty("facts").GetArrayLength();
        Version = root.GetProperty("version").GetInt32();
    }

    /// <summary>The version of the format the pack is written in: 1 or 2 (see <see cref="FormatVersion"/>).</summary>
    public int Version { get; }

    /// <summary>Where the pack was read from: its path, or the label given to <see cref="Read"/>.</summary>
    public string Source { get; }

    /// <summary>The key of the pack's source document, unique among documents.</summary>
    public string DocumentKey { get; }

    /// <summary>The document's title, or <see langword="null"/> when it states none.</summary>
    public string? DocumentTitle { get; }

    /// <summary>When the document was published, to the precision known.</summary>
    public PartialDate PublishedOn { get; }

    /// <summary>A news report or a reference data set.</summary>
    public SourceOrigin Origin { get; }

    /// <summary>SHA-256 of the document's text (UTF-8), lower-case hexadecimal: what makes an import idempotent.</summary>
    public string ContentSha256 { get; }

    /// <summary>The document's byline as printed (<c>document.byline</c>), or <see langword="null"/>.</summary>
    internal string? Byline { get; }

    /// <summary>The news agency as printed (<c>document.agency</c>), or <see langword="null"/>.</summary>
    internal string? Agency { get; }

    /// <summary>The credits as printed (<c>document.credits</c>), or <see langword="null"/>.</summary>
    internal string? Credits { get; }

    /// <summary>The id of the region fact of the pack that the dateline names (<c>document.dateline</c>), or <see langword="null"/>.</summary>
    internal string? DatelineFact { get; }

    /// <summary>The time of publication with its stated offset (<c>document.publishedAt</c>), or <see langword="null"/>.</summary>
    internal DateTimeOffset? PublishedAt { get; }

    /// <summary>How many facts the pack lists (not counting the parties, members and other links inside them).</summary>
    public int FactCount { get; }

    /// <summary>The JSON Schema of the format, as shipped in the library (also <c>src/DefenceTies/FactPacks/fact-pack.schema.json</c> in the repository).</summary>
    public static string JsonSchema => PackSchema.Text;

    internal JsonElement Root { get; }

    internal string Text { get; }

    /// <summary>Reads and checks the pack at <paramref name="path"/>, with its text file beside it.</summary>
    /// <exception cref="FactPackException">The pack or its text is missing, unreadable or breaks a rule; every problem is listed.</exception>
    public static FactPack Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var json = ReadFile(path, "$", "the pack");
        return Check(path, json, name => ReadFile(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, name), "$.document.text", "the document's text"));
    }

    /// <summary>Reads and checks the pack at <paramref name="path"/>, with its text file beside it.</summary>
    /// <exception cref="FactPackException">The pack or its text is missing, unreadable or breaks a rule; every problem is listed.</exception>
    public static async Task<FactPack> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var json = await ReadFileAsync(path, "$", "the pack", cancellationToken).ConfigureAwait(false);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var textName = TextFileName(json);
        var text = textName is null ? null : await ReadFileAsync(Path.Combine(directory, textName), "$.document.text", "the document's text", cancellationToken).ConfigureAwait(false);
        return Check(path, json, _ => text ?? throw new FactPackException(path, [new("$.document.text", "the pack names no text file.")]));
    }

    /// <summary>Reads and checks a pack from streams: the pack's JSON and its document's text (UTF-8, the bytes the pack's <c>sha256</c> is of).</summary>
    /// <param name="pack">The pack's JSON.</param>
    /// <param name="text">The document's text; the pack's <c>document.text</c> file name is not opened.</param>
    /// <param name="source">A label for messages, such as the pack's file name.</param>
    /// <exception cref="FactPackException">The pack breaks a rule; every problem is listed.</exception>
    public static FactPack Read(Stream pack, Stream text, string source = "fact pack")
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var json = ReadAll(pack);
        var bytes = ReadAll(text);
        return Check(source, json, _ => bytes);
    }

    /// <summary>Reads the bytes of the file or throws the problem that it cannot be.</summary>
    private static byte[] ReadFile(string path, string jsonPath, string what)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FactPackException(path, [new(jsonPath, $"{what} cannot be read from '{path}': {ex.Message}")]);
        }
    }

    private static async Task<byte[]> ReadFileAsync(string path, string jsonPath, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FactPackException(path, [new(jsonPath, $"{what} cannot be read from '{path}': {ex.Message}")]);
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The text file name a pack names, if it can be read that far (for reading the file before checking).</summary>
    private static string? TextFileName(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("document", out var d) && d.ValueKind == JsonValueKind.Object
                && d.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static FactPack Check(string source, byte[] json, Func<string, byte[]> readText)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new FactPackException(source, [new("$", $"the pack is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): {ex.Message}")]);
        }

        var problems = PackSchema.Check(root);
        if (problems.Count > 0)
        {
            // The checks below read the pack by its schema; they cannot run on a pack that breaks it.
            throw new FactPackException(source, problems);
        }

        // A draft's candidates are what a tool found, not what a person reviewed: no loading path
        // takes a pack that still holds one (FactPackDrafting writes them; review removes them).
        if (Unreviewed(root) is { Count: > 0 } unreviewed)
        {
            throw new FactPackException(source, unreviewed);
        }

        var bytes = readText(root.GetProperty("document").GetProperty("text").GetString()!);
        var text = CheckText(root, bytes, problems);
        if (text is null)
        {
            throw new FactPackException(source, problems);
        }

        var published = root.GetProperty("document").GetProperty("publishedOn").GetString();
        if (!PartialDate.TryParse(published, out _))
        {
            throw new FactPackException(source, [new("$.document.publishedOn", $"'{published}' is not a real date; expected YYYY, YYYY-MM or YYYY-MM-DD of the calendar.")]);
        }

        var publishedAt = root.GetProperty("document").TryGetProperty("publishedAt", out var at) ? at.GetString() : null;
        if (publishedAt is not null && ParseInstant(publishedAt) is null)
        {
            throw new FactPackException(source, [new("$.document.publishedAt", $"'{publishedAt}' is not a real time; expected ISO 8601 with its UTC offset, such as 2025-03-14T09:30:00+06:00.")]);
        }

        var pack = new FactPack(source, root, text);
        PackPlanter.Check(pack, problems);
        return problems.Count > 0 ? throw new FactPackException(source, problems) : pack;
    }

    /// <summary>One problem per candidate a draft still holds, each naming the value and where it was found.</summary>
    private static List<FactPackProblem> Unreviewed(JsonElement root)
    {
        var problems = new List<FactPackProblem>();
        if (!root.TryGetProperty("candidates", out var candidates))
        {
            return problems;
        }

        var count = candidates.GetArrayLength();
        var i = 0;
        foreach (var candidate in candidates.EnumerateArray())
        {
            problems.Add(new($"$.candidates[{i++}]",
                $"an unreviewed candidate ({candidate.GetProperty("kind").GetString()} '{candidate.GetProperty("value").GetString()}' in \"{candidate.GetProperty("passage").GetString()}\" at {candidate.GetProperty("position").GetInt32()}), {i} of {count} unreviewed: accept it into a fact (Stated or Implied, its passage the fact's cite) or drop it, then remove it from candidates; a pack with candidates is never loaded."));
        }

        return problems;
    }

    private static string? CheckText(JsonElement root, byte[] bytes, List<FactPackProblem> problems)
    {
        var expected = root.GetProperty("document").GetProperty("sha256").GetString()!;
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            problems.Add(new("$.document.sha256", $"the text file's SHA-256 is {actual}, not {expected}; the text changed since the pack was written (re-check every passage), or the pack names the wrong file."));
            return null;
        }

        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            problems.Add(new("$.document.text", "the text file starts with a UTF-8 byte order mark; save it as UTF-8 without one (the SHA-256 is of the text's bytes)."));
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            problems.Add(new("$.document.text", $"the text file is not valid UTF-8 (at byte {ex.Index}); save it as UTF-8."));
            return null;
        }
    }

    /// <summary>The pack's document, new and untracked, with what its <c>document</c> block states about it but its dateline (a fact of the pack, set once planted).</summary>
    /// <exception cref="DomainRuleException">A value breaks a rule of the document.</exception>
    internal SourceDocument CreateDocument() =>
        new SourceDocument(DocumentKey, DocumentTitle, PublishedOn, Text, Origin).Describe(Byline, Agency, dateline: null, PublishedAt, Credits);

    /// <summary>An ISO 8601 time with its offset (<c>Z</c> for UTC), to the minute or the second; <see langword="null"/> when it is not one.</summary>
    private static DateTimeOffset? ParseInstant(string? text) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'"],
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
