using System.Globalization;

namespace DefenceTies.Exports;

/// <summary>
/// A fact's short lists (parties, delegations, members) are read as one comma-joined text column
/// (string.Join, translated to group_concat / string_agg) rather than as joined rows: joining
/// several lists multiplied the rows and made the database sort them. Codes and ids hold no comma.
/// </summary>
internal static class ExportLists
{
    public static List<string> Codes(string? text) =>
        string.IsNullOrEmpty(text) ? [] : [.. text.Split(',').Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static List<int> Ids(string? text) =>
        string.IsNullOrEmpty(text) ? [] : [.. text.Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).Order()];
}
