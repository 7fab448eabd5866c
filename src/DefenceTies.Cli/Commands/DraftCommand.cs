using DefenceTies.FactPacks.Drafting;
using DefenceTies.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary>
/// <c>draft</c>: turns a report's text into a fact pack for review (<see cref="FactPackDrafting"/>):
/// the document block and the candidates found, each marked Unreviewed, so that neither
/// <c>validate</c> nor <c>import</c> accepts the pack until a person has reviewed each.
/// </summary>
internal sealed class DraftCommand : AsyncCommand<DraftSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DraftSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var report = Path.GetFullPath(settings.Report);
        if (!File.Exists(report))
        {
            throw new CliException(ExitCodes.NotFound, $"No report at {report}.");
        }

        var text = await File.ReadAllTextAsync(report, cancellationToken);
        var packPath = settings.Out is null ? null : Path.GetFullPath(settings.Out);

        // The pack names its text relative to itself: beside it when both are in one folder.
        var textName = packPath is null ? Path.GetFileName(report) : Path.GetRelativePath(Path.GetDirectoryName(packPath)!, report).Replace('\\', '/');
        FactPackDraft draft;
        try
        {
            draft = FactPackDrafting.Draft(text, settings.Key ?? Path.GetFileNameWithoutExtension(report), textName, settings.Published is null ? null : PartialDate.Parse(settings.Published));
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ExitCodes.InvalidInput, $"Cannot draft {report}: {ex.Message.Split(" (Parameter", 2)[0]}", ex);
        }

        if (packPath is null)
        {
            await Console.Out.WriteAsync(draft.ToJson());
            return ExitCodes.Ok;
        }

        await File.WriteAllTextAsync(packPath, draft.ToJson(), cancellationToken);
        var kinds = string.Join(", ", draft.Candidates.GroupBy(c => c.Kind).Select(g => $"{g.Count()} {g.Key}{(g.Count() == 1 ? string.Empty : "s")}"));
        AnsiConsole.MarkupLine($"[green]drafted[/] {Markup.Escape(packPath)}: document {Markup.Escape(draft.DocumentKey)}, published {draft.PublishedOn} ({(draft.PublishedOnFromText ? "from the text's header" : "as given")}), {draft.Candidates.Count} candidates to review ({Markup.Escape(kinds)})");
        return ExitCodes.Ok;
    }
}
