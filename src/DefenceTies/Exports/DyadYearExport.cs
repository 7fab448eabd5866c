using System.Globalization;
using System.Text;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Exports;

/// <summary>
/// The dyad-year panel: one CSV row per unordered pair of nations per year in which any tie holds,
/// keyed by ISO alpha-3 and Correlates of War codes (COW empty where the nation has none), with
/// counts of the ties holding that year. A pair is written in the Correlates of War order for
/// non-directed dyads, <c>ccode1 &lt; ccode2</c>; a nation without a COW code comes after every coded
/// one, and two uncoded nations are in alpha-3 order. Rows are sorted by the first nation, the
/// second, then the year, each nation in that same order. The year rule (docs/exports.md):
/// <list type="bullet">
/// <item>a date counts for its year, whatever its precision (a year-precision date counts for that year);</item>
/// <item>an agreement holds from its entry into force, or its conclusion when no entry into force
/// is recorded, through its end; a working group from the conclusion of the agreement that
/// established it; with no known end, either holds through the year of the newest source document
/// that mentions the pair (that cites any tie of both nations, primary or corroborating citation);</item>
/// <item>an engagement holds in the year it was held; an exercise from its start through its end, or
/// its start year alone when no end is given; a tension between the two nations in the year of its date;
/// an agreement in force in law (column <c>agreements_in_force</c>) from its stated entry into force
/// through its end, and a ratification or approval by a party in its year, for each pair with that party;
/// a defence deal in the year it was ordered (signed, else awarded) and, in its own column, the year it
/// was delivered, each side counted through the nation its body's fact states;</item>
/// <item>a tie with no start date is in no year (it still makes its documents count for the newest source).</item>
/// </list>
/// Two passes over the ties: the first finds each pair's newest source year, the second counts.
/// Memory holds the nations' codes and one counter row per pair and year written.
/// </summary>
internal static class DyadYearExport
{
    private static readonly AgreementKind[] AgreementKinds = Enum.GetValues<AgreementKind>();
    private static readonly int ExercisesColumn = AgreementKinds.Length;
    private static readonly int EngagementsColumn = ExercisesColumn + 1;
    private static readonly int WorkingGroupsColumn = ExercisesColumn + 2;
    private static readonly int TensionColumn = ExercisesColumn + 3;
    private static readonly int DealsOrderedColumn = ExercisesColumn + 4;
    private static readonly int DealsDeliveredColumn = ExercisesColumn + 5;
    private static readonly int RatifiedColumn = ExercisesColumn + 6;
    private static readonly int InForceColumn = ExercisesColumn + 7;
    private static readonly int Columns = ExercisesColumn + 8;

    /// <summary>The header, in column order.</summary>
    internal static IReadOnlyList<string> Header { get; } =
    [
        "iso3_1", "iso3_2", "ccode1", "ccode2", "year",
        .. AgreementKinds.Select(k => "agreements_" + FollowTheMoneyExport.Words(k.ToString()).Replace(' ', '_')),
        "exercises", "engagements", "working_groups", "tension", "arms_deals_ordered", "arms_deals_delivered", "agreements_ratified", "agreements_in_force", "newest_source_year",
    ];

    public static async Task<long> WriteAsync(ExportScope scope, Stream output, CancellationToken cancellationToken)
    {
        var nations = await scope.Db.Nations.AsNoTracking()
            .Select(n => new { n.Id, n.Alpha3Code, n.CorrelatesOfWarCode })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var cow = nations.ToDictionary(n => n.Alpha3Code, n => n.CorrelatesOfWarCode, StringComparer.Ordinal);
        // Each nation's place in the pair order: COW code ascending, then the uncoded nations by alpha-3.
        var rank = nations
            .OrderBy(n => n.CorrelatesOfWarCode is null)
            .ThenBy(n => n.CorrelatesOfWarCode)
            .ThenBy(n => n.Alpha3Code, StringComparer.Ordinal)
            .Select((n, i) => (n.Alpha3Code, Rank: i))
            .ToDictionary(n => n.Alpha3Code, n => n.Rank, StringComparer.Ordinal);
        (string A, string B) Ordered((string A, string B) pair) => rank[pair.A] < rank[pair.B] ? pair : (pair.B, pair.A);
        var listed = scope.NationIds is { } ids ? nations.Where(n => ids.Contains(n.Id)).Select(n => n.Alpha3Code).ToHashSet(StringComparer.Ordinal) : null;

        // Pass 1, over every date: the newest source that mentions a pair does not depend on the range.
        var newest = new Dictionary<(string, string), int>();
        await foreach (var tie in Ties(scope.WithoutDates(), cancellationToken).ConfigureAwait(false))
        {
            foreach (var pair in GraphMLExport.Pairs(tie.Nations).Select(Ordered))
            {
                newest[pair] = newest.TryGetValue(pair, out var year) ? Math.Max(year, tie.NewestDocumentYear) : tie.NewestDocumentYear;
            }
        }

        var counts = new Dictionary<(string A, string B, int Year), int[]>();
        await foreach (var tie in Ties(scope, cancellationToken).ConfigureAwait(false))
        {
            if (tie.StartYear is not { } start)
            {
                continue;
            }

            foreach (var pair in GraphMLExport.Pairs(tie.Nations).Select(Ordered).Where(p => tie.OnlyWith is null || p.A == tie.OnlyWith || p.B == tie.OnlyWith))
            {
                if (listed is not null && !listed.Contains(pair.A) && !listed.Contains(pair.B))
                {
                    continue;
                }

                var end = tie.EndYear ?? Math.Max(start, newest[pair]);
                var first = Math.Max(start, scope.FromYear ?? start);
                var last = Math.Min(end, scope.ToYear ?? end);
                for (var year = first; year <= last; year++)
                {
                    if (!counts.TryGetValue((pair.A, pair.B, year), out var row))
                    {
                        counts[(pair.A, pair.B, year)] = row = new int[Columns];
                    }

                    row[tie.Column]++;
                }
            }
        }

        // Every field is a code, a number or empty, never a comma, quote or line break: no quoting needed.
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', Header)).ConfigureAwait(false);
        var line = new StringBuilder();
        foreach (var ((a, b, year), row) in counts.OrderBy(c => rank[c.Key.A]).ThenBy(c => rank[c.Key.B]).ThenBy(c => c.Key.Year))
        {
            line.Clear();
            line.Append(a).Append(',').Append(b).Append(',')
                .Append(Cow(cow[a])).Append(',').Append(Cow(cow[b])).Append(',')
                .Append(year.ToString(CultureInfo.InvariantCulture));
            foreach (var count in row)
            {
                line.Append(',').Append(count.ToString(CultureInfo.InvariantCulture));
            }

            line.Append(',').Append(newest[(a, b)].ToString(CultureInfo.InvariantCulture));
            await writer.WriteLineAsync(line, cancellationToken).ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return counts.Count;
    }

    private static string Cow(int? code) => code?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static async IAsyncEnumerable<Tie> Ties(ExportScope scope, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var a in ExportQueries.Agreements(scope, cancellationToken).ConfigureAwait(false))
        {
            yield return new Tie((int)a.Kind, a.Parties, (a.EnteredIntoForceOn ?? a.ConcludedOn)?.Year, a.EndedOn?.Year, a.Evidence.NewestDocumentYear);

            // In force in law: only from a stated entry into force (its events' or the source's), through its end.
            yield return new Tie(InForceColumn, a.Parties, a.EnteredIntoForceOn?.Year, a.EndedOn?.Year, a.Evidence.NewestDocumentYear);
        }

        // A ratification or approval by a party counts in its year for each pair of the agreement's
        // nations that includes that party (for the agreement as a whole, for every pair).
        await foreach (var e in ExportQueries.AgreementEvents(scope, cancellationToken).ConfigureAwait(false))
        {
            if (e.Kind is AgreementEventKind.Ratified or AgreementEventKind.Approved)
            {
                yield return new Tie(RatifiedColumn, e.NationParties, e.OccurredOn?.Year, e.OccurredOn?.Year, e.Evidence.NewestDocumentYear, e.PartyAlpha3);
            }
        }

        await foreach (var x in ExportQueries.Exercises(scope, cancellationToken).ConfigureAwait(false))
        {
            yield return new Tie(ExercisesColumn, x.Nations, x.StartedOn?.Year, (x.EndedOn ?? x.StartedOn)?.Year, x.Evidence.NewestDocumentYear);
        }

        await foreach (var e in ExportQueries.Engagements(scope, cancellationToken).ConfigureAwait(false))
        {
            yield return new Tie(EngagementsColumn, e.Nations, e.HeldOn.Year, e.HeldOn.Year, e.Evidence.NewestDocumentYear);
        }

        await foreach (var g in ExportQueries.WorkingGroups(scope, cancellationToken).ConfigureAwait(false))
        {
            yield return new Tie(WorkingGroupsColumn, g.Members, g.EstablishedOn?.Year, null, g.Evidence.NewestDocumentYear);
        }

        // A tension between two nations counts in the year of its date; an undated one in no year.
        await foreach (var t in ExportQueries.Relations(scope, NationRelationKind.Tension, cancellationToken).ConfigureAwait(false))
        {
            yield return new Tie(TensionColumn, t.Nations, t.Date?.Year, t.Date?.Year, t.Evidence.NewestDocumentYear);
        }

        // A deal counts for its pair in the year it was ordered (signed, else awarded) and in the year
        // of its delivery; a side that is a body counts through the nation its fact states, and a
        // body of no stated nation puts the deal in no pair.
        await foreach (var d in ExportQueries.DefenceDeals(scope, cancellationToken).ConfigureAwait(false))
        {
            yield return new Tie(DealsOrderedColumn, d.Nations, d.OrderedOn?.Year, d.OrderedOn?.Year, d.Evidence.NewestDocumentYear);
            yield return new Tie(DealsDeliveredColumn, d.Nations, d.DeliveredOn?.Year, d.DeliveredOn?.Year, d.Evidence.NewestDocumentYear);
        }
    }

    /// <summary>A tie as the panel counts it: its column, nations (sorted), start year, end year (null: no known end), newest document year, and the one nation every pair it counts for includes (a ratifying party), if any.</summary>
    private sealed record Tie(int Column, List<string> Nations, int? StartYear, int? EndYear, int NewestDocumentYear, string? OnlyWith = null);
}
