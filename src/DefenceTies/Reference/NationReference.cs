using System.Globalization;

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
        var text = ReferenceCsv.ReadResource(ResourceName);
        var entries = ReferenceCsv.Rows(text, Header, ResourceName).Select(row => Entry(row.Line, row.LineStart, row.Number)).ToList();
        return new Parsed(
            text,
            entries,
            Index(entries, e => e.Alpha2Code, "alpha-2"),
            Index(entries, e => e.Alpha3Code, "alpha-3"),
            Index(entries, e => e.NumericCode, "numeric"));
    }

    private static NationReferenceEntry Entry(string line, int lineStart, int number)
    {
        var fields = ReferenceCsv.Fields(line, number, ResourceName);
        if (fields.Count != 9)
        {
            throw Damaged(number, $"expected 9 fields, found {fields.Count}.");
        }

        return new NationReferenceEntry(
            fields[0],
            fields[1],
            fields[2],
            fields[3],
            Optional(fields[4]),
            Number(fields[5], number),
            Optional(fields[6]),
            Number(fields[7], number),
            Optional(fields[8]),
            line,
            lineStart);
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

    private static InvalidOperationException Damaged(int line, string problem) => ReferenceCsv.Damaged(ResourceName, line, problem);

    private sealed record Parsed(
        string Text,
        IReadOnlyList<NationReferenceEntry> Entries,
        Dictionary<string, NationReferenceEntry> ByAlpha2,
        Dictionary<string, NationReferenceEntry> ByAlpha3,
        Dictionary<string, NationReferenceEntry> ByNumeric);
}
