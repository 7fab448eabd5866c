using System.Text;

namespace DefenceTies.Reference;

/// <summary>
/// Reads the embedded reference tables (<c>Reference/*.csv</c>, see <c>Reference/README.md</c>)
/// strictly: UTF-8, LF line ends, a known header, RFC 4180 fields. A table that breaks any of these
/// was damaged on its way into the assembly, and a damaged table is refused rather than read as
/// far as it goes: what it says is cited and compared as fact.
/// </summary>
internal static class ReferenceCsv
{
    /// <summary>
    /// The text of the embedded resource <paramref name="resourceName"/> of the DefenceTies assembly,
    /// after checking that it is strict UTF-8 and that every line, the last too, ends with a line feed alone.
    /// </summary>
    /// <exception cref="InvalidOperationException">The resource is missing or damaged.</exception>
    public static string ReadResource(string resourceName)
    {
        using var stream = typeof(ReferenceCsv).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded reference list '{resourceName}' is missing from the DefenceTies assembly.");
        // Strict UTF-8: a damaged file fails here instead of storing replacement characters.
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
        var text = reader.ReadToEnd();
        if (!text.EndsWith('\n') || text.Contains('\r', StringComparison.Ordinal))
        {
            throw Damaged(resourceName, 0, "every line must end with a line feed and none with a carriage return (the file is stored with -text).");
        }

        return text;
    }

    /// <summary>
    /// The rows of <paramref name="text"/> after its header, which must be exactly
    /// <paramref name="header"/>: each row's line (without its line feed), where that line starts in
    /// the text, and its line number in the file (the header is line 1).
    /// </summary>
    /// <exception cref="InvalidOperationException">The header is not <paramref name="header"/>.</exception>
    public static IEnumerable<(string Line, int LineStart, int Number)> Rows(string text, string header, string resourceName)
    {
        var start = 0;
        for (var number = 1; start < text.Length; number++)
        {
            var end = text.IndexOf('\n', start);
            var line = text[start..end];
            if (number == 1)
            {
                // A file with other columns is refused, not guessed at.
                if (line != header)
                {
                    throw Damaged(resourceName, number, $"the header must be '{header}'.");
                }
            }
            else
            {
                yield return (line, start, number);
            }

            start = end + 1;
        }
    }

    /// <summary>The fields of one line under RFC 4180: a quoted field may hold commas and doubled quotes.</summary>
    /// <param name="line">The line, without its line feed.</param>
    /// <param name="number">The line's number in the file, for the message of a damaged line.</param>
    /// <param name="resourceName">The table's resource, for the message of a damaged line.</param>
    /// <exception cref="InvalidOperationException">A quote stands where RFC 4180 allows none, or a quoted field is not closed.</exception>
    public static List<string> Fields(string line, int number, string resourceName)
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
                        throw Damaged(resourceName, number, "a quoted field is not closed.");
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
                    throw Damaged(resourceName, number, "a quoted field must be followed by a comma or the end of the line.");
                }
            }
            else
            {
                for (; i < line.Length && line[i] != ','; i++)
                {
                    if (line[i] == '"')
                    {
                        throw Damaged(resourceName, number, "a quote may only open a field.");
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

    /// <summary>The error for a damaged table, naming the resource and, where known (above 0), the line.</summary>
    public static InvalidOperationException Damaged(string resourceName, int line, string problem) =>
        new($"The embedded reference list '{resourceName}' is damaged{(line > 0 ? $" at line {line}" : string.Empty)}: {problem}");
}
