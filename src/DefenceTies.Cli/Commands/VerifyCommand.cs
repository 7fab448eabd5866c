using DefenceTies.Cli.Database;
using DefenceTies.Cli.Output;
using DefenceTies.Verification;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary>
/// <c>verify</c>: the whole-database fidelity check (citations verbatim at their offsets, stated
/// values inside their passages, implied facts with notes) and the integrity check (rules no
/// constraint can hold). Exits non-zero when either finds anything, so CI can gate on it.
/// </summary>
internal sealed class VerifyCommand : AsyncCommand<DatabaseSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var target = DatabaseTarget.From(settings);
        await using var db = await DatabaseGate.OpenMigratedAsync(target, settings, cancellationToken);
        var fidelity = await SourceFidelityCheck.CheckAsync(db, cancellationToken);
        var integrity = await StoredDataCheck.CheckAsync(db, cancellationToken);
        var citations = await db.Citations.CountAsync(cancellationToken);
        var ok = fidelity.Count == 0 && integrity.Count == 0;
        if (settings.Json)
        {
            JsonOutput.Write(new
            {
                database = target.Description,
                ok,
                citationsChecked = citations,
                fidelity = fidelity.Select(f => new { f.Entity, f.Id, f.Field, f.Problem }),
                integrity = integrity.Select(f => new { f.Entity, f.Id, f.Field, value = f.Value?.ToString(), f.Problem }),
            });
        }
        else
        {
            AnsiConsole.MarkupLine($"Database: {Markup.Escape(target.Description)}");
            Write("Fidelity to the sources", fidelity.Select(f => (f.Entity, f.Id, f.Field, f.Problem)));
            Write("Integrity (rules no constraint holds)", integrity.Select(f => (f.Entity, f.Id, f.Field, f.Problem)));
            AnsiConsole.MarkupLine(ok
                ? $"[green]OK[/]: {citations} citations checked; every fact is faithful to its source and the model's rules hold."
                : $"[red]{fidelity.Count + integrity.Count} problem(s) found.[/]");
        }

        return ok ? ExitCodes.Ok : ExitCodes.VerifyFailed;
    }

    private static void Write(string title, IEnumerable<(string Entity, int Id, string Field, string Problem)> findings)
    {
        var rows = findings.ToList();
        if (rows.Count == 0)
        {
            AnsiConsole.MarkupLine($"{Markup.Escape(title)}: no problems.");
            return;
        }

        var table = new Table().Title(Markup.Escape(title)).AddColumn("Entity").AddColumn("Id").AddColumn("Field").AddColumn("Problem");
        foreach (var (entity, id, field, problem) in rows)
        {
            table.AddRow(Markup.Escape(entity), id.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(field), Markup.Escape(problem));
        }

        AnsiConsole.Write(table);
    }
}
