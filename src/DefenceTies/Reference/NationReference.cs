using System.Globalization;
using System.Text;

namespace DefenceTies.Reference;

/// <summary>
/// The reference list of nations embedded in the assembly (<c>Reference/nation-codes.csv</c>, see
/// <c>Reference/README.md</c>): every assigned ISO 3166-1 entry, read once on first use. It decides
/// which ISO codes a <see cref="Model.Nation"/> may carry, and it is the text of the source
/// document that the seeded nations cite.
/// </summary>
internal static class NationReference
{
    /// <summary>The name of the embedded resource.</summary>
    public const string ResourceName = "DefenceTies.Reference.nation-codes.csv";

    /// <summary>Where the ISO 3166-1 entries come from, as error messages name it.</summary>
    public const string IsoSource = "iso-codes 4.15.0";

    /// <summary>The header row the parser expects; a file with other columns is refused, not guessed at.</summary>
    private const string Header = "alpha2,alpha3,numeric,name,official_name,cow_code,cow_abbrev,gw_code,gw_abbrev";

    private static readonly Lazy<Parsed> List = new(Parse);

    /// <summary>The file's text, exactly: header, one line per entry, each ended by a line feed.</summary>
    public static string Text => List.Value.Text;

    /// <summary>The entries, in the file's order.</summary>
    public static IReadOnlyList<NationReferenceEntry> Entries => List.Value.Entries;

    /// <summary>The entry with this alpha-2 code, or <see langword="null"/> if the code is not assigned.</summary>
    public static NationReferenceEntry? FindAlpha2(string code) => List.Value.ByAlpha2.GetValueOrDefault(code);

    /// <summary>The entry with this alpha-3 code, or <see langword="null"/> if the code is not assigned.</summary>
    public static NationReferenceEntry? FindAlpha3(string code) => List.Value.ByAlpha3.GetValueOrDefault(code);

    /// <summary>The entry with this numeric code, or <see langword="null"/> if the code is not assigned.</summary>
    public static NationReferenceEntry? FindNumeric(string code) => List.Value.ByNumeric.GetValueOrDefault(code);

    private static Parsed Parse()
    {
        using var stream = typeof(NationReference).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded reference list '{ResourceName}' is missing from the DefenceTies assembly.");
        // Strict UTF-8: a damaged file fails here instead of storing replacement characters.
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
        var text = reader.ReadToEnd();
        if (!text.EndsWith('\n') || text.Contains('\r', StringComparison.Ordinal))
        {
            throw Damaged(0, "every line must end with a line feed and none with a carriage return (the file is stored with -text).");
        }

        var entries = new List<NationReferenceEntry>();
        var start = 0;
        for (var number = 1; start < text.Length; number++)
        {
            var end = text.IndexOf('\n', start);
            var line = text[start..end];
            if (number == 1)
            {
                if (line != Header)
                {
                    throw Damaged(number, $"the header must be '{Header}'.");
                }
            }
            else
            {
                entries.Add(Entry(line, start, number));
            }

            start = end + 1;
        }

        return new Parsed(
            text,
            entries,
            Index(entries, e => e.Alpha2Code, "alpha-2"),
            Index(entries, e => e.Alpha3Code, "alpha-3"),
            Index(entries, e => e.NumericCode, "numeric"));
    }

    private static NationReferenceEntry Entry(string line, int lineStart, int number)
    {
        var fields = Fields(line, number);
        if (fields.Count != 9)
        {
            throw Damaged(number, $"expected 9 fields, found {fields.Count}.");
        }

        // fields[4], the official name, is not part of a Nation.
        return new NationReferenceEntry(
            fields[0],
            fields[1],
            fields[2],
            fields[3],
            Number(fields[5], number),
            Optional(fields[6]),
            Number(fields[7], number),
            Optional(fields[8]),
            line,
            lineStart);
    }

    /// <summary>The fields of one line under RFC 4180: a quoted field may hold commas and doubled quotes.</summary>
    private static List<string> Fields(string line, int number)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                for (i++; ; i++)
                {
                    if (i >= line.Length)
                    {
                        throw Damaged(number, "a quoted field is not closed.");
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i++;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i]);
                }

                if (i < line.Length && line[i] != ',')
                {
                    throw Damaged(number, "a quoted field must be followed by a comma or the end of the line.");
                }
            }
            else
            {
                for (; i < line.Length && line[i] != ','; i++)
                {
                    if (line[i] == '"')
                    {
                        throw Damaged(number, "a quote may only open a field.");
                    }

                    field.Append(line[i]);
                }
            }

            fields.Add(field.ToString());
            if (i >= line.Length)
            {
                return fields;
            }

            i++;
        }
    }

    private static string? Optional(string field) => field.Length == 0 ? null : field;

    private static int? Number(string field, int number) =>
        field.Length == 0 ? null
        : int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : throw Damaged(number, $"'{field}' is not a state number.");

    private static Dictionary<string, NationReferenceEntry> Index(List<NationReferenceEntry> entries, Func<NationReferenceEntry, string> code, string kind)
    {
        var index = new Dictionary<string, NationReferenceEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!index.TryAdd(code(entry), entry))
            {
                throw Damaged(0, $"the {kind} code '{code(entry)}' occurs twice.");
            }
        }

        return index;
    }

    private static InvalidOperationException Damaged(int line, string problem) =>
        new($"The embedded reference list '{ResourceName}' is damaged{(line > 0 ? $" at line {line}" : string.Empty)}: {problem}");

    private sealed record Parsed(
        string Text,
        IReadOnlyList<NationReferenceEntry> Entries,
        Dictionary<string, NationReferenceEntry> ByAlpha2,
        Dictionary<string, NationReferenceEntry> ByAlpha3,
        Dictionary<string, NationReferenceEntry> ByNumeric);
}
