using System.Collections.Frozen;

namespace DefenceTies.Reference;

/// <summary>
/// The ISO 3166-2 subdivisions embedded in the assembly (<c>Reference/subdivision-codes.csv</c>, see
/// <c>Reference/README.md</c>), read once on first use: which codes a place's subdivision may carry.
/// </summary>
internal static class SubdivisionReference
{
    /// <summary>The name of the embedded resource.</summary>
    public const string ResourceName = "DefenceTies.Reference.subdivision-codes.csv";

    /// <summary>Where the ISO 3166-2 entries come from, as error messages name it.</summary>
    public const string IsoSource = "iso-codes 4.15.0 (ISO 3166-2)";

    private const string Header = "code,name,type";

    private static readonly Lazy<FrozenDictionary<string, string>> Names = new(Parse);

    /// <summary>Whether <paramref name="code"/> is an ISO 3166-2 code of the embedded list ("PH-BTG").</summary>
    public static bool IsCode(string code) => Names.Value.ContainsKey(code);

    /// <summary>The subdivision's name ("Batangas"), or <see langword="null"/> if the code is not in the list.</summary>
    public static string? NameOf(string code) => Names.Value.GetValueOrDefault(code);

    private static FrozenDictionary<string, string> Parse()
    {
        var text = ReferenceCsv.ReadResource(ResourceName);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, _, number) in ReferenceCsv.Rows(text, Header, ResourceName))
        {
            var fields = ReferenceCsv.Fields(line, number, ResourceName);
            if (fields.Count != 3 || fields[0].Length < 4 || fields[0][2] != '-')
            {
                throw ReferenceCsv.Damaged(ResourceName, number, "expected an ISO 3166-2 code (two letters, a hyphen, one to three letters or digits), a name and a type.");
            }

            if (!names.TryAdd(fields[0], fields[1]))
            {
                throw ReferenceCsv.Damaged(ResourceName, number, $"the code '{fields[0]}' occurs twice.");
            }
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
