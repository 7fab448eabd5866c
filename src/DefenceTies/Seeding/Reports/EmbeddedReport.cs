using System.Globalization;
using DefenceTies.Model;

namespace DefenceTies.Seeding.Reports;

/// <summary>
/// Reads a report shipped inside the assembly. The file's first line is a header
/// <c>date yyyy-MM-dd</c>; the rest, without surrounding blank lines, is the report text.
/// </summary>
internal static class EmbeddedReport
{
    public static SourceDocument Load(string fileName, string? title)
    {
        var resource = $"DefenceTies.Seeding.Reports.{fileName}";
        using var stream = typeof(EmbeddedReport).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded report '{resource}' is missing from the DefenceTies assembly.");
        using var reader = new StreamReader(stream);
        var content = reader.ReadToEnd();

        var firstBreak = content.IndexOf('\n', StringComparison.Ordinal);
        var header = (firstBreak < 0 ? content : content[..firstBreak]).Trim();
        const string prefix = "date ";
        if (!header.StartsWith(prefix, StringComparison.Ordinal)
            || !DateOnly.TryParseExact(header[prefix.Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
        {
            throw new InvalidOperationException($"The embedded report '{resource}' does not start with a 'date yyyy-MM-dd' line.");
        }

        var text = content[(firstBreak + 1)..].Trim();
        return new SourceDocument(Path.GetFileNameWithoutExtension(fileName), title, PartialDate.FromDate(published), text);
    }
}
