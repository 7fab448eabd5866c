using DefenceTies.Exports;

namespace DefenceTies.Tests.Exports.Conformance;

/// <summary>
/// The dyad-year panel, read by pandas with the documented dtypes (tests/conformance/dyad_year.py)
/// and checked against docs/exports.md: accepted whole, and each rule shown to catch a deliberately
/// broken file.
/// </summary>
[Trait(TestTier.Name, TestTier.Conformance)]
public class DyadYearConformanceTests
{
    [Fact]
    public async Task Pandas_reads_the_panel_with_the_documented_dtypes()
    {
        var exports = await ConformanceExports.GetAsync();

        var result = await RealClients.DyadYearAsync(exports.FileOf(ExportFormat.DyadYear));

        result.ExitCode.Should().Be(0, result.Output + result.Error);
        result.Output.Should().StartWith("ok: ");
    }

    [Theory]
    [InlineData("read", "add a field to a row")]
    [InlineData("header", "rename a column")]
    [InlineData("dtype", "write a COW code that is not an integer")]
    [InlineData("codes", "write an alpha-2 code where an alpha-3 code belongs")]
    [InlineData("duplicate", "write a row twice")]
    [InlineData("order", "write a pair in the reverse order")]
    [InlineData("count", "write a negative count")]
    [InlineData("empty", "write a row with no tie counted")]
    [InlineData("newest", "give one row of a pair another newest source year")]
    [InlineData("sorted", "swap two years of a pair")]
    public async Task Each_rule_catches_a_deliberately_broken_panel(string rule, string breakage)
    {
        var exports = await ConformanceExports.GetAsync();
        var lines = exports.Sqlite[ExportFormat.DyadYear].Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        var rows = lines.Select(l => l.Split(',')).ToList();
        var header = rows[0].ToArray();
        int Column(string name) => Array.IndexOf(header, name);
        string PairOf(int i) => rows[i][0] + "-" + rows[i][1];

        // The first data line (index 1; line 2 of the file) and the first line followed by another year of its pair.
        var row = 1;
        var twin = Enumerable.Range(1, rows.Count - 2).First(i => PairOf(i) == PairOf(i + 1));

        string where;
        switch (rule)
        {
            case "read":
                // Not the first data line: pandas reads one extra field there as an index column.
                rows[^1] = [.. rows[^1], "0"];
                where = string.Empty;
                break;
            case "header":
                rows[0][Column("ccode1")] = "cowcode1";
                where = string.Empty;
                break;
            case "dtype":
                rows[row][Column("ccode1")] = "seven";
                where = "ccode1";
                break;
            case "codes":
                rows[row][Column("iso3_1")] = rows[row][Column("iso3_1")][..2];
                where = $"line {row + 1}";
                break;
            case "duplicate":
                rows.Insert(row + 1, [.. rows[row]]);
                where = $"line {row + 2}";
                break;
            case "order":
                rows[row] = [rows[row][1], rows[row][0], rows[row][3], rows[row][2], .. rows[row][4..]];
                where = $"line {row + 1}";
                break;
            case "count":
                rows[row][Column("exercises")] = "-1";
                where = $"line {row + 1}";
                break;
            case "empty":
                foreach (var column in header.Skip(Column("year") + 1).SkipLast(1))
                {
                    rows[row][Column(column)] = "0";
                }

                where = $"line {row + 1}";
                break;
            case "newest":
                rows[twin + 1][Column("newest_source_year")] = "1900";
                where = $"line {twin + 2}";
                break;
            case "sorted":
                (rows[twin], rows[twin + 1]) = (rows[twin + 1], rows[twin]);
                where = $"line {twin + 2}";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, null);
        }

        var broken = exports.WriteVariant(ExportFormat.DyadYear, $"broken-{rule}", string.Concat(rows.Select(r => string.Join(',', r) + "\r\n")));
        var result = await RealClients.DyadYearAsync(broken);

        result.ExitCode.Should().Be(1, $"the check must fail when we {breakage}: {result.Output}{result.Error}");
        result.Output.Should().Contain(where.Length == 0 ? $"{rule}: " : $"{rule}: {where}:", breakage);
    }
}
