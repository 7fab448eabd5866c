using DefenceTies.Cli.Database;
using DefenceTies.Cli.Output;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary>
/// <c>migrate</c>: lists applied and pending migrations, applies them (<c>--apply</c>) or prints
/// their SQL (<c>--script</c>). The library's own refusal of unknown migrations guards the apply;
/// listing and scripting apply the same rule themselves, since neither runs <c>Migrate</c>.
/// </summary>
internal sealed class MigrateCommand : AsyncCommand<MigrateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, MigrateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var target = DatabaseTarget.From(settings);
        if (settings.Script)
        {
            return await ScriptAsync(target, settings, cancellationToken);
        }

        if (settings.Apply)
        {
            return await ApplyAsync(target, settings, cancellationToken);
        }

        await using var db = target.CreateContext();
        var state = target.Exists ? await MigrationState.ReadAsync(db, cancellationToken) : MigrationRefusal.Empty(db);
        Report(target, state, [], settings.Json, target.Exists);
        if (state.Unknown.Count > 0 && !settings.Force)
        {
            throw new CliException(ExitCodes.DatabaseRefused, state.UnknownMessage(target.Description));
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> ApplyAsync(DatabaseTarget target, MigrateSettings settings, CancellationToken cancellationToken)
    {
        await using var db = target.CreateContext(create: true, allowUnknownMigrations: settings.Force);
        var before = await MigrationState.ReadAsync(db, cancellationToken);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (UnknownMigrationsException ex)
        {
            throw new CliException(ExitCodes.DatabaseRefused, before.UnknownMessage(target.Description), ex);
        }

        var after = await MigrationState.ReadAsync(db, cancellationToken);
        var appliedNow = before.Pending.Where(m => after.Applied.Contains(m)).ToList();
        Report(target, after, appliedNow, settings.Json, exists: true);
        return ExitCodes.Ok;
    }

    private static async Task<int> ScriptAsync(DatabaseTarget target, MigrateSettings settings, CancellationToken cancellationToken)
    {
        await using var db = target.CreateContext();
        var migrator = db.GetService<IMigrator>();
        if (target.IsPostgreSql)
        {
            // Idempotent: right for any state of the database, so the server is not asked.
            await Console.Out.WriteAsync(migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent).AsMemory(), cancellationToken);
            return ExitCodes.Ok;
        }

        // EF Core cannot write idempotent scripts for SQLite: start from what the file has.
        var state = target.Exists ? await MigrationState.ReadAsync(db, cancellationToken) : MigrationRefusal.Empty(db);
        if (state.Unknown.Count > 0 && !settings.Force)
        {
            throw new CliException(ExitCodes.DatabaseRefused, state.UnknownMessage(target.Description));
        }

        var from = state.Applied.Count == 0 ? Migration.InitialDatabase : state.Applied[^1];
        var script = state.Pending.Count == 0
            ? $"-- {target.Description} has every migration of this version; there is nothing to apply.{Environment.NewLine}"
            : migrator.GenerateScript(fromMigration: from);
        await Console.Out.WriteAsync(script.AsMemory(), cancellationToken);
        return ExitCodes.Ok;
    }

    private static void Report(DatabaseTarget target, MigrationState state, IReadOnlyList<string> appliedNow, bool json, bool exists)
    {
        if (json)
        {
            JsonOutput.Write(new { database = target.Description, exists, applied = state.Applied, pending = state.Pending, unknown = state.Unknown, appliedNow });
            return;
        }

        var table = new Table().AddColumn("Migration").AddColumn("Status");
        foreach (var m in state.Applied)
        {
            table.AddRow(Markup.Escape(m), appliedNow.Contains(m) ? "[green]applied now[/]" : "applied");
        }

        foreach (var m in state.Pending)
        {
            table.AddRow(Markup.Escape(m), "[yellow]pending[/]");
        }

        foreach (var m in state.Unknown)
        {
            table.AddRow(Markup.Escape(m), "[red]unknown to this version[/]");
        }

        AnsiConsole.MarkupLine($"Database: {Markup.Escape(target.Description)}{(exists ? string.Empty : " (does not exist yet)")}");
        AnsiConsole.Write(table);
        // A history with migrations this version does not know is not up to date, whatever is pending.
        if (state.Unknown.Count > 0)
        {
            AnsiConsole.MarkupLine($"[red]{state.Unknown.Count} unknown to this version[/]: {Markup.Escape(string.Join(", ", state.Unknown))}.");
        }

        if (state.Pending.Count > 0)
        {
            AnsiConsole.MarkupLine($"{state.Pending.Count} pending: run 'defenceties migrate --apply' to apply, or 'defenceties migrate --script' for the SQL.");
        }
        else if (state.IsUpToDate)
        {
            AnsiConsole.MarkupLine("Up to date.");
        }
    }
}
