using System.Text.RegularExpressions;

namespace DefenceTies.Documentation;

/// <summary>A fenced code block of a Markdown file: its language, its code (indentation of a list item removed) and the marker comment before it.</summary>
/// <param name="Document">The file, relative to the repository's root (README.md, docs/cli.md).</param>
/// <param name="Line">The line of the opening fence, from 1.</param>
/// <param name="Language">The fence's language (<c>csharp</c>, <c>bash</c>), or empty.</param>
/// <param name="Code">The lines between the fences.</param>
/// <param name="Marker">The text of an HTML comment <c>&lt;!-- name: text --&gt;</c> on the nearest non-blank line before the fence, by name; empty if none.</param>
public sealed record MarkdownBlock(string Document, int Line, string Language, string Code, IReadOnlyDictionary<string, string> Marker)
{
    public override string ToString() => $"{Document}:{Line}";
}

/// <summary>
/// Reads the fenced code blocks of the repository's documentation, for the tests that keep the docs
/// honest (docs/documentation.md: C# blocks compile, <c>defenceties</c> commands run).
/// </summary>
public static partial class MarkdownBlocks
{
    /// <summary>The repository's root: the folder above the tests holding DefenceTies.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>README.md and every docs/*.md, relative to the root, in a stable order.</summary>
    public static IReadOnlyList<string> Documents() =>
        ["README.md", .. Directory.GetFiles(Path.Combine(RepositoryRoot, "docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>Every fenced block of <paramref name="document"/> (relative to the root).</summary>
    public static IReadOnlyList<MarkdownBlock> Read(string document)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot, document));
        var blocks = new List<MarkdownBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = OpeningFence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var indent = open.Groups["indent"].Value.Length;
            var start = i;
            var code = new List<string>();
            for (i++; i < lines.Length && !ClosingFence().IsMatch(lines[i]); i++)
            {
                code.Add(lines[i].Length >= indent && string.IsNullOrWhiteSpace(lines[i][..indent]) ? lines[i][indent..] : lines[i].TrimStart());
            }

            blocks.Add(new MarkdownBlock(document, start + 1, open.Groups["language"].Value, string.Join('\n', code), MarkerBefore(lines, start)));
        }

        return blocks;
    }

    private static Dictionary<string, string> MarkerBefore(string[] lines, int fence)
    {
        var marker = new Dictionary<string, string>(StringComparer.Ordinal);
        var before = fence - 1;
        while (before >= 0 && string.IsNullOrWhiteSpace(lines[before]))
        {
            before--;
        }

        if (before >= 0 && Comment().Match(lines[before]) is { Success: true } comment)
        {
            marker[comment.Groups["name"].Value] = comment.Groups["text"].Value.Trim();
        }

        return marker;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DefenceTies.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"DefenceTies.sln not found above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"^(?<indent>\s*)```(?<language>[\w-]*)\s*$")]
    private static partial Regex OpeningFence();

    [GeneratedRegex(@"^\s*```\s*$")]
    private static partial Regex ClosingFence();

    [GeneratedRegex(@"^\s*<!--\s*(?<name>[\w-]+):(?<text>.*)-->\s*$")]
    private static partial Regex Comment();
}
