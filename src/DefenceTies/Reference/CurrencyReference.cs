using System.Collections.Frozen;

namespace DefenceTies.Reference;

/// <summary>
/// The ISO 4217 currencies embedded in the assembly (<c>Reference/currency-codes.csv</c>, see
/// <c>Reference/README.md</c>), read once on first use: which codes a deal's value may carry, and the
/// names and signs by which a passage states a currency.
/// </summary>
internal static class CurrencyReference
{
    /// <summary>The name of the embedded resource.</summary>
    public const string ResourceName = "DefenceTies.Reference.currency-codes.csv";

    /// <summary>Where the ISO 4217 entries come from, as error messages name it.</summary>
    public const string IsoSource = "iso-codes 4.15.0 (ISO 4217)";

    private const string Header = "alpha3,numeric,name";

    // The signs reports write before an amount. A sign shared by several currencies ("$", "¥")
    // states each of them: which dollar is meant is a reading the passage's nations settle, and
    // the check only asks that the passage writes a sign of the currency at all.
    private static readonly FrozenDictionary<string, string[]> Signs = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["$"] = ["USD", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD", "BND", "MXN"],
        ["US$"] = ["USD"],
        ["A$"] = ["AUD"],
        ["S$"] = ["SGD"],
        ["NZ$"] = ["NZD"],
        ["C$"] = ["CAD"],
        ["€"] = ["EUR"],
        ["£"] = ["GBP"],
        ["¥"] = ["JPY", "CNY"],
        ["₹"] = ["INR"],
        ["Rs"] = ["INR", "PKR", "LKR", "NPR"],
        ["₩"] = ["KRW"],
        ["₽"] = ["RUB"],
        ["₱"] = ["PHP"],
        ["₫"] = ["VND"],
        ["฿"] = ["THB"],
        ["RM"] = ["MYR"],
        ["Rp"] = ["IDR"],
        ["₺"] = ["TRY"],
        ["₪"] = ["ILS"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, string>> Names = new(Parse);

    /// <summary>Whether <paramref name="code"/> is an ISO 4217 alphabetic code of the embedded list.</summary>
    public static bool IsCode(string code) => Names.Value.ContainsKey(code);

    /// <summary>The ISO name of the currency ("Euro", "US Dollar"), or <see langword="null"/> if the code is not in the list.</summary>
    public static string? NameOf(string code) => Names.Value.GetValueOrDefault(code);

    /// <summary>The signs a passage may write for the currency ("€" for EUR, "$" and "US$" for USD).</summary>
    public static IEnumerable<string> SignsOf(string code) => Signs.Where(s => s.Value.Contains(code, StringComparer.Ordinal)).Select(s => s.Key);

    private static FrozenDictionary<string, string> Parse()
    {
        var text = ReferenceCsv.ReadResource(ResourceName);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, _, number) in ReferenceCsv.Rows(text, Header, ResourceName))
        {
            var fields = ReferenceCsv.Fields(line, number, ResourceName);
            if (fields.Count != 3 || fields[0].Length != 3 || !fields[0].All(char.IsAsciiLetterUpper))
            {
                throw ReferenceCsv.Damaged(ResourceName, number, "expected an alphabetic code of three capital letters, a numeric code and a name.");
            }

            if (!names.TryAdd(fields[0], fields[2]))
            {
                throw ReferenceCsv.Damaged(ResourceName, number, $"the code '{fields[0]}' occurs twice.");
            }
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
