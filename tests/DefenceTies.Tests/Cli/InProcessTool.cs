using System.Globalization;
using System.Text;
using DefenceTies.Cli;
using DefenceTies.Tests.Infrastructure;
using Spectre.Console;

namespace DefenceTies.Tests.Cli;

/// <summary>
/// Runs the <c>defenceties</c> command line (<see cref="CommandLine"/>, the code the tool's process
/// runs after it has set up Ctrl+C and the console) in this test process, with its stdout and stderr
/// captured per call. What the tool decides itself — output, messages, exit codes — is the same as
/// in a process, without the process start (about a second of CPU each on two cores, most of the
/// process tier's time). What only a process shows stays with <see cref="DefenceTiesTool"/>: Ctrl+C,
/// the environment (<c>PGPASSWORD</c>), the working directory (the default <c>./defenceties.db</c>,
/// relative paths), the width of a redirected console, the exit code through the runtime.
/// </summary>
/// <remarks>
/// The console is the process's: <see cref="Console.Out"/>, <see cref="Console.Error"/> and
/// <see cref="AnsiConsole.Console"/> are replaced, once, by writers that send each call's output to
/// that call's own buffers (an <see cref="AsyncLocal{T}"/> follows the command through its awaits), so
/// tests running at once do not mix their output. Writes from outside a call go where they went before.
/// </remarks>
public static class InProcessTool
{
    private static readonly AsyncLocal<Capture?> Current = new();
    private static readonly Lock Installing = new();
    private static bool _installed;

    /// <summary>Runs the command to its end and returns exit code, stdout and stderr.</summary>
    public static async Task<ExternalTool.Result> RunAsync(params string[] arguments)
    {
        Install();
        var capture = new Capture();
        Current.Value = capture;
        try
        {
            var exitCode = await CommandLine.RunAsync(arguments, CancellationToken.None);
            return new ExternalTool.Result(exitCode, capture.Output.ToString(), capture.Error.ToString());
        }
        finally
        {
            Current.Value = null;
        }
    }

    /// <summary>The command followed by the options naming <paramref name="database"/> (a file or a server).</summary>
    public static Task<ExternalTool.Result> RunOnAsync(TestDatabase database, params string[] command) =>
        RunAsync([.. command, .. DefenceTiesTool.Target(database)]);

    private static void Install()
    {
        lock (Installing)
        {
            if (_installed)
            {
                return;
            }

            var output = new Router(Console.Out, c => c.Output);
            var error = new Router(Console.Error, c => c.Error);
            Console.SetOut(output);
            Console.SetError(error);
            // As the tool's process sets it up when its output is redirected: plain text, whole lines.
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(output),
            });
            console.Profile.Width = 1 << 20;
            AnsiConsole.Console = console;
            _installed = true;
        }
    }

    private sealed class Capture
    {
        public StringWriter Output { get; } = new(CultureInfo.InvariantCulture);

        public StringWriter Error { get; } = new(CultureInfo.InvariantCulture);
    }

    /// <summary>A writer that writes to the current call's buffer, or where the process wrote before.</summary>
    private sealed class Router(TextWriter original, Func<Capture, StringWriter> pick) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        private TextWriter Target => Current.Value is { } capture ? pick(capture) : original;

        public override void Write(char value)
        {
            var target = Target;
            lock (target)
            {
                target.Write(value);
            }
        }

        public override void Write(string? value)
        {
            var target = Target;
            lock (target)
            {
                target.Write(value);
            }
        }

        public override void Write(char[] buffer, int index, int count)
        {
            var target = Target;
            lock (target)
            {
                target.Write(buffer, index, count);
            }
        }

        public override void WriteLine(string? value)
        {
            var target = Target;
            lock (target)
            {
                target.WriteLine(value);
            }
        }

        public override Task WriteAsync(string? value)
        {
            Write(value);
            return Task.CompletedTask;
        }

        public override Task WriteLineAsync(string? value)
        {
            WriteLine(value);
            return Task.CompletedTask;
        }

        public override void Flush() => Target.Flush();
    }
}
