using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace DefenceTies.Cli;

/// <summary>Spectre's help, with the exit codes appended to every page: scripts need them and users look in <c>--help</c> first.</summary>
internal sealed class ExitCodeHelpProvider(ICommandAppSettings settings) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command)
    {
        var grid = new Grid().AddColumn(new GridColumn().PadLeft(4).PadRight(2)).AddColumn();
        foreach (var (code, meaning) in ExitCodes.All)
        {
            grid.AddRow(code.ToString(CultureInfo.InvariantCulture), Markup.Escape(meaning));
        }

        return [.. base.GetFooter(model, command), new Text(Environment.NewLine), new Markup("[yellow]EXIT CODES:[/]" + Environment.NewLine), grid];
    }
}
