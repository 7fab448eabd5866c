// The defenceties command-line tool: the process around CommandLine, which holds the verbs and
// turns every error into one line on stderr and a documented exit code.
using DefenceTies.Cli;
using Spectre.Console;

using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C cancels the running queries and lets transactions roll back; a second one kills the process.
    if (!interrupted.IsCancellationRequested)
    {
        e.Cancel = true;
        interrupted.Cancel();
    }
};

if (Console.IsOutputRedirected)
{
    // Logs and pipes have no width, but Spectre wraps every line and cuts tables at the console's
    // (80 columns when redirected): give it a width no line reaches, so redirected output is whole lines.
    AnsiConsole.Profile.Width = 1 << 20;
}

return await CommandLine.RunAsync(args, interrupted.Token);
