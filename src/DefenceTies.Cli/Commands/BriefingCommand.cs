using DefenceTies.Cli.Briefing;
using DefenceTies.Cli.Database;
using DefenceTies.Cli.Output;
using DefenceTies.Model;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary>
/// <c>briefing &lt;nation&gt; &lt;nation&gt;</c>: every stored fact involving both nations, each
/// followed by the verbatim passage it rests on, implied facts with their note, relayed claims
/// with whose claim they are.
/// </summary>
internal sealed class BriefingCommand : AsyncCommand<BriefingSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BriefingSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // Malformed codes are the user's typing, not the database's state: refuse them before connecting.
        var codes = (First: NationLookup.Normalise(settings.Nation), Second: NationLookup.Normalise(settings.OtherNation));
        var target = DatabaseTarget.From(settings);
        await using var db = await DatabaseGate.OpenMigratedAsync(target, settings, cancellationToken);
        var first = await NationLookup.FindAsync(db, codes.First, cancellationToken);
        var second = await NationLookup.FindAsync(db, codes.Second, cancellationToken);
        if (first.Id == second.Id)
        {
            throw new CliException(ExitCodes.InvalidInput, $"{codes.First} and {codes.Second} are both {first.Name}: name two different nations.");
        }

        var report = await new BriefingBuilder(db).BuildAsync(first, second, cancellationToken);
        if (settings.Json)
        {
            JsonOutput.Write(report);
        }
        else
        {
            Write(Console.Out, report);
        }

        return ExitCodes.Ok;
    }

    // Plain lines, not a table: passages are long, and a wrapped cell would split the words a reader (or grep) looks for.
    private static void Write(TextWriter output, BriefingReport report)
    {
        var (first, second) = (report.Nations[0], report.Nations[1]);
        output.WriteLine($"{first.Name}-{second.Name} defence ties: a briefing from the stored facts");
        output.WriteLine();
        output.WriteLine("Nations");
        foreach (var n in report.Nations)
        {
            var cow = n.CorrelatesOfWarCode is null ? "no Correlates of War code" : $"Correlates of War {n.CorrelatesOfWarCode} ({n.CorrelatesOfWarAbbreviation})";
            var gw = n.GleditschWardCode is null ? "no Gleditsch-Ward code" : $"Gleditsch-Ward {n.GleditschWardCode} ({n.GleditschWardAbbreviation})";
            output.WriteLine($"- {n.Name}: ISO 3166-1 {n.Alpha2Code}/{n.Alpha3Code}/{n.NumericCode}, {cow}, {gw}.");
            output.WriteLine($"    source: \"{n.Passage}\"");
        }

        if (report.Facts.Count == 0)
        {
            output.WriteLine();
            output.WriteLine($"No stored fact involves both {first.Name} and {second.Name}.");
        }

        foreach (var section in report.Facts.GroupBy(f => f.Section))
        {
            output.WriteLine();
            output.WriteLine(section.Key);
            foreach (var fact in section)
            {
                var e = fact.Evidence;
                var date = fact.Date is null ? string.Empty : $"{fact.Date}: ";
                var according = e.ClaimedBy.Count == 0 ? string.Empty : $" (according to {string.Join(" and ", e.ClaimedBy)})";
                var implied = e.Support != SupportKind.Implied
                    ? string.Empty
                    : e.Stated ? $" [this passage implies it: {e.Note}; another source states it]" : $" [implied: {e.Note}]";
                output.WriteLine($"- {date}{fact.Text}{according}{implied}");
                output.WriteLine($"    source ({e.Source}): \"{e.Passage}\"");
                if (e.Sources.Count > 1)
                {
                    output.WriteLine($"    also backed by: {string.Join(", ", e.Sources.Skip(1))}");
                }
            }
        }

        if (report.Sources.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Sources");
        foreach (var s in report.Sources)
        {
            output.WriteLine($"- {s.Key} ({s.Origin}, published {s.PublishedOn}){(s.Title is null ? string.Empty : $": {s.Title}")}");
        }
    }
}
