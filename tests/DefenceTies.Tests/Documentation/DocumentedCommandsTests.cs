using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DefenceTies.Documentation;
using DefenceTies.Tests.Cli;

namespace DefenceTies.Tests.Documentation;

/// <summary>
/// Every <c>defenceties</c> command shown in a <c>```bash</c> block of README.md and docs/cli.md runs,
/// in the order shown, with the command line of src/DefenceTies.Cli run in this process
/// (<see cref="InProcessTool"/>), against a fresh empty folder per document, and exits 0 — or the
/// code its comment gives as <c>(exits N)</c>. The folder stands for the working directory the
/// commands are written for: a command that names no database gets <c>--database
/// FOLDER/defenceties.db</c> (a fresh SQLite database that the first commands create and seed and the
/// later ones reuse), and a relative <c>--out</c> is in the folder. That the tool's process does the
/// same with its working directory is <see cref="CliProcessTests"/>'s. An argument naming a file of
/// the repository (a fact pack) is that file. The convention is in docs/documentation.md.
/// </summary>
public sealed partial class DocumentedCommandsTests
{
    public static readonly string[] Documents = ["README.md", "docs/cli.md"];

    private static readonly string[] FreshDatabase = ["migrate", "--apply"];

    /// <summary>One row per document: each runs against a folder of its own, so they run side by side.</summary>
    public static TheoryData<string> EachDocument => new(Documents);

    [Theory]
    [MemberData(nameof(EachDocument))]
    public async Task Every_defenceties_command_in_the_readme_and_cli_docs_runs_as_documented(string document)
    {
        {
            var commands = Commands(document);
            commands.Should().Contain(c => c.Arguments.SequenceEqual(FreshDatabase), $"{document} starts from a fresh database");
            var folder = Directory.CreateTempSubdirectory("defenceties-docs-").FullName;
            try
            {
                foreach (var command in commands)
                {
                    var result = await InProcessTool.RunAsync(InFolder(command.Arguments, folder));
                    var shown = $"{command.Where}: defenceties {string.Join(' ', command.Arguments)}";
                    result.ExitCode.Should().Be(command.ExpectedExitCode, $"{shown} is documented to exit so; it printed:\n{result.Output}\n{result.Error}");
                    if (command.Arguments.Contains("--json") && result.ExitCode == 0)
                    {
                        var parse = () => JsonDocument.Parse(result.Output).Dispose();
                        parse.Should().NotThrow($"{shown} gives JSON on stdout");
                    }
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Commands_are_read_with_quotes_comments_expected_exit_codes_and_repository_files()
    {
        var pack = "tests/DefenceTies.Tests/FactPacks/Packs/test-india-vietnam.json";

        Parse($"defenceties import {pack}   # a further report", "x.md:1").Arguments
            .Should().Equal("import", Path.Combine(MarkdownBlocks.RepositoryRoot, pack));
        Parse("defenceties briefing IN XX   # (exits 4) no nation has the code XX", "x.md:2").ExpectedExitCode.Should().Be(4);
        var quoted = Parse("defenceties stats --postgres \"Host=db;Database=defenceties # not a comment\" --json # but this is", "x.md:3");
        quoted.Arguments.Should().Equal("stats", "--postgres", "Host=db;Database=defenceties # not a comment", "--json");
        quoted.ExpectedExitCode.Should().Be(0);
        InFolder(["stats"], "/w").Should().Equal("stats", "--database", Path.Combine("/w", "defenceties.db"));
        InFolder(["export", "--format", "dyad-year", "--out", "ties.csv"], "/w").Should().Equal("export", "--format", "dyad-year", "--out", Path.Combine("/w", "ties.csv"), "--database", Path.Combine("/w", "defenceties.db"));
        InFolder(["validate", "p.json"], "/w").Should().Equal("validate", "p.json");
        InFolder(["--help"], "/w").Should().Equal("--help");
        Commands("README.md").Select(c => c.Arguments[0]).Should().StartWith(["migrate", "seed"]);
    }

    /// <summary>
    /// The arguments as the tool would read them with <paramref name="folder"/> as its working
    /// directory: the default database (<c>./defenceties.db</c>) named, for the commands that open
    /// one, and a relative output file placed in the folder.
    /// </summary>
    public static string[] InFolder(IReadOnlyList<string> arguments, string folder)
    {
        var placed = arguments.Select((a, i) => i > 0 && arguments[i - 1] == "--out" && !Path.IsPathRooted(a) ? Path.Combine(folder, a) : a).ToList();
        var opensDatabase = placed.Count > 0 && !placed[0].StartsWith('-') && !WithoutDatabase.Contains(placed[0]) && !placed.Contains("--help");
        if (opensDatabase && !placed.Contains("--database") && !placed.Contains("--postgres"))
        {
            placed.AddRange(["--database", Path.Combine(folder, "defenceties.db")]);
        }

        return [.. placed];
    }

    /// <summary>The commands that open no database (they take no <c>--database</c>).</summary>
    private static readonly string[] WithoutDatabase = ["validate", "draft"];

    /// <summary>A command of a document: where it is shown, its arguments after <c>defenceties</c>, the exit code it is documented to give.</summary>
    public sealed record DocumentedCommand(string Where, IReadOnlyList<string> Arguments, int ExpectedExitCode);

    /// <summary>The lines starting <c>defenceties </c> of the document's bash blocks, in order.</summary>
    public static IReadOnlyList<DocumentedCommand> Commands(string document) =>
        [.. MarkdownBlocks.Read(document)
            .Where(b => b.Language == "bash")
            .SelectMany(b => b.Code.Split('\n').Select((line, i) => (Line: line.Trim(), Where: $"{b.Document}:{b.Line + 1 + i}")))
            .Where(l => l.Line.StartsWith("defenceties ", StringComparison.Ordinal))
            .Select(l => Parse(l.Line, l.Where))];

    /// <summary>Splits a shell line as bash would for these commands: words, '…' and "…" quoting, a <c>#</c> comment after a space.</summary>
    public static DocumentedCommand Parse(string line, string where)
    {
        ArgumentNullException.ThrowIfNull(line);
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        var comment = string.Empty;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else if (c == '#' && !inWord)
            {
                comment = line[(i + 1)..];
                break;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        words[0].Should().Be("defenceties");
        var arguments = words.Skip(1)
            .Select(w => !w.StartsWith('-') && File.Exists(Path.Combine(MarkdownBlocks.RepositoryRoot, w)) ? Path.Combine(MarkdownBlocks.RepositoryRoot, w) : w)
            .ToList();
        var exits = ExpectedExit().Match(comment);
        return new DocumentedCommand(where, arguments, exits.Success ? int.Parse(exits.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
    }

    [GeneratedRegex(@"\(exits (\d+)\)")]
    private static partial Regex ExpectedExit();
}
