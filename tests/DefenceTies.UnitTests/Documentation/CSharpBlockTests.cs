using System.Text.RegularExpressions;
using DefenceTies.Documentation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DefenceTies.UnitTests.Documentation;

/// <summary>
/// Every <c>```csharp</c> block of README.md and docs/*.md compiles as shown, against the libraries
/// (the convention is in docs/documentation.md): a program of top-level statements with the implicit
/// usings of a console project, every other namespace imported by the block's own <c>using</c>
/// lines, and the variables a fragment assumes declared by a <c>&lt;!-- compiled-with: ... --&gt;</c>
/// comment before it, which may not hold a using directive.
/// </summary>
public sealed partial class CSharpBlockTests
{
    /// <summary>What <c>&lt;ImplicitUsings&gt;</c> gives a console project.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>The framework and every library this test process loads: DefenceTies, its providers, EF Core, Npgsql, dependency injection.</summary>
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p))]);

    public static TheoryData<string> Blocks()
    {
        var data = new TheoryData<string>();
        foreach (var block in MarkdownBlocks.Documents().SelectMany(MarkdownBlocks.Read).Where(b => b.Language == "csharp"))
        {
            data.Add(block.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void The_block_compiles(string block)
    {
        var found = MarkdownBlocks.Documents().SelectMany(MarkdownBlocks.Read).Single(b => b.ToString() == block);
        found.Marker.TryGetValue("compiled-with", out var context);
        (context ?? string.Empty).Should().NotMatchRegex(@"(^|;)\s*using\s+[\w.]+\s*;", "the namespaces a block needs are shown in the block");

        Errors(found.Code, context).Should().BeEmpty($"{block} is shown as compiling C#:\n{found.Code}");
    }

    [Fact]
    public void The_docs_have_csharp_blocks_to_compile()
    {
        Blocks().Should().HaveCountGreaterThan(10);
        MarkdownBlocks.Read("README.md").Where(b => b.Language == "csharp").Should().Contain(b => b.Marker.ContainsKey("compiled-with"));
    }

    [Fact]
    public void A_block_that_lacks_a_using_does_not_compile()
    {
        // The harness must be able to fail: a README snippet without `using DefenceTies;` is refused,
        // the same snippet with it passes, and a declared variable from the marker is in scope.
        const string snippet = "var options = new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite(connectionString).Options;";
        const string context = "string connectionString = \"Data Source=defenceties.db\";";

        Errors(snippet, context).Should().Contain(e => e.Contains("CS0246", StringComparison.Ordinal));
        Errors("using DefenceTies;\nusing Microsoft.EntityFrameworkCore;\n" + snippet, context).Should().BeEmpty();
        Errors("using DefenceTies;\nusing Microsoft.EntityFrameworkCore;\n" + snippet, null).Should().Contain(e => e.Contains("connectionString", StringComparison.Ordinal));
    }

    /// <summary>Compiles <paramref name="code"/> after <paramref name="context"/>, the block's using directives first; the errors, if any.</summary>
    private static List<string> Errors(string code, string? context)
    {
        var lines = code.Split('\n');
        var usings = lines.Where(l => UsingDirective().IsMatch(l)).ToList();
        var body = lines.Where(l => !UsingDirective().IsMatch(l));
        var source = string.Join('\n', [.. usings, context ?? string.Empty, .. body]);
        var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "DocumentationBlock",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, options), CSharpSyntaxTree.ParseText(source, options)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        return [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())];
    }

    /// <summary>A using directive (<c>using X.Y;</c>, <c>using static X;</c>, <c>using A = X;</c>), not a using declaration or statement.</summary>
    [GeneratedRegex(@"^\s*(global\s+)?using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>, ]+)?\s*;\s*(//.*)?$")]
    private static partial Regex UsingDirective();
}
