using DefenceTies.Cli.Database;
using DefenceTies.Cli.Output;
using DefenceTies.Exports;
using DefenceTies.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary>
/// <c>export</c>: writes the database (or the ties of some nations, or of a date range) in a format
/// the field's tools read — FollowTheMoney, Popolo, a dyad-year CSV panel, GraphML — streaming, so
/// any size fits. A file is written beside its target and moved into place only when complete.
/// </summary>
internal sealed class ExportCommand : AsyncCommand<ExportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var target = DatabaseTarget.From(settings);
        await using var db = await DatabaseGate.OpenMigratedAsync(target, settings, cancellationToken);
        var filter = new ExportFilter
        {
            Nations = settings.Nations,
            From = settings.From is null ? null : PartialDate.Parse(settings.From),
            To = settings.To is null ? null : PartialDate.Parse(settings.To),
        };
        var format = ExportSettings.Formats[settings.Format];
        long records;
        try
        {
            if (settings.Out is null)
            {
                await using var stdout = Console.OpenStandardOutput();
                await DefenceTiesExporter.ExportAsync(db, format, stdout, filter, cancellationToken);
                return ExitCodes.Ok;
            }

            var path = Path.GetFullPath(settings.Out);
            var partial = path + ".partial";
            try
            {
                await using (var file = File.Create(partial))
                {
                    records = await DefenceTiesExporter.ExportAsync(db, format, file, filter, cancellationToken);
                }

                File.Move(partial, path, overwrite: true);
            }
            finally
            {
                File.Delete(partial);
            }

            if (settings.Json)
            {
                JsonOutput.Write(new { database = target.Description, format = settings.Format, path, records });
            }
            else
            {
                AnsiConsole.MarkupLine($"Wrote {records} records ({Markup.Escape(settings.Format)}) to {Markup.Escape(path)}.");
            }

            return ExitCodes.Ok;
        }
        catch (ArgumentException ex) when (ex.ParamName is "filter" or null)
        {
            throw new CliException(ExitCodes.InvalidInput, $"{ex.Message.Replace($" (Parameter '{ex.ParamName}')", "", StringComparison.Ordinal)} Check --nation, --from and --to.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.InvalidInput, $"Cannot write {settings.Out}: {ex.Message}", ex);
        }
    }
}
