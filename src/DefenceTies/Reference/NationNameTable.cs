namespace DefenceTies.Reference;

/// <summary>
/// The table of nation names embedded in the assembly (<c>Reference/nation-names.csv</c>, derived from
/// the world-countries data set; see <c>Reference/README.md</c>), read once on first use. It gives every
/// entry of the reference list of nations, and only those, its common English name and demonyms.
/// </summary>
internal static class NationNameTable
{
    /// <summary>The name of the embedded resource.</summary>
    public const string ResourceName = "DefenceTies.Reference.nation-names.csv";

    /// <summary>Where the names come from, as messages name it.</summary>
    public const string Source = "world-countries 5.1.0";

    /// <summary>The header row the parser expects; a file with other columns is refused, not guessed at.</summary>
    private const string Header = "alpha2,common_name,demonym_male,demonym_female";

    private static readonly Lazy<IReadOnlyDictionary<string, NationNameEntry>> Table = new(Parse);

    /// <summary>The rows, keyed by alpha-2 code: exactly one for each entry of <see cref="NationReference.Entries"/>.</summary>
    public static IReadOnlyDictionary<string, NationNameEntry> ByAlpha2 => Table.Value;

    private static Dictionary<string, NationNameEntry> Parse()
    {
        var text = ReferenceCsv.ReadResource(ResourceName);
        var byAlpha2 = new Dictionary<string, NationNameEntry>(StringComparer.Ordinal);
        foreach (var (line, _, number) in ReferenceCsv.Rows(text, Header, ResourceName))
        {
            var entry = Entry(line, number);
            if (!byAlpha2.TryAdd(entry.Alpha2Code, entry))
            {
                throw ReferenceCsv.Damaged(ResourceName, number, $"'{entry.Alpha2Code}' has a row already.");
            }
        }

        // The table is matched against the ISO list as a whole: a row missing would leave a nation
        // unnamed without anyone noticing.
        var unnamed = NationReference.Entries.Select(e => e.Alpha2Code).Where(code => !byAlpha2.ContainsKey(code)).ToList();
        if (unnamed.Count > 0)
        {
            throw ReferenceCsv.Damaged(ResourceName, 0, $"no row for {string.Join(", ", unnamed)}.");
        }

        return byAlpha2;
    }

    private static NationNameEntry Entry(string line, int number)
    {
        var fields = ReferenceCsv.Fields(line, number, ResourceName);
        if (fields.Count != 4)
        {
            throw ReferenceCsv.Damaged(ResourceName, number, $"expected 4 fields, found {fields.Count}.");
        }

        if (NationReference.FindAlpha2(fields[0]) is null)
        {
            throw ReferenceCsv.Damaged(ResourceName, number, $"'{fields[0]}' is not an alpha-2 code of {NationReference.IsoSource}.");
        }

        foreach (var field in fields)
        {
            // A padded or multi-line value would match nothing a text writes; it can only be damage.
            if (field.Trim() != field || field.Any(char.IsControl))
            {
                throw ReferenceCsv.Damaged(ResourceName, number, $"'{field}' is padded or holds a control character.");
            }
        }

        if (fields[1].Length == 0)
        {
            throw ReferenceCsv.Damaged(ResourceName, number, "the common name is empty.");
        }

        return new NationNameEntry(fields[0], fields[1], Optional(fields[2]), Optional(fields[3]));
    }

    private static string? Optional(string field) => field.Length == 0 ? null : field;
}
