using System.Diagnostics;
using System.Threading.Channels;

namespace DefenceTies.Tests.Infrastructure;

/// <summary>A child process's standard output, line by line, each awaited with a deadline; its standard error, whole.</summary>
public sealed class ChildOutput
{
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly Task<string> _errors;

    public ChildOutput(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        _ = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                _lines.Writer.TryWrite(line);
            }

            _lines.Writer.TryComplete();
        });
        _errors = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The next line; a <see cref="TimeoutException"/> if none comes in time or the output ends first.</summary>
    public async Task<string> NextAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            return await _lines.Reader.ReadAsync(deadline.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
        {
            throw new TimeoutException($"the child process wrote no line within {timeout.TotalSeconds} s; stderr: {(_errors.IsCompleted ? await _errors : "(still open)")}", ex);
        }
    }

    /// <summary>The lines written and not yet read (call after the process has exited to have them all).</summary>
    public async Task<IReadOnlyList<string>> RestAsync()
    {
        var rest = new List<string>();
        await foreach (var line in _lines.Reader.ReadAllAsync())
        {
            rest.Add(line);
        }

        return rest;
    }

    /// <summary>Everything written to standard error (completes when the process has exited).</summary>
    public Task<string> ErrorsAsync() => _errors;
}
