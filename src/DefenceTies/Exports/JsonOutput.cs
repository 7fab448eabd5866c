using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DefenceTies.Exports;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> over a small buffer that is copied to the stream whenever it
/// passes <see cref="FlushAt"/> bytes, so an export of any size holds a few dozen kilobytes.
/// </summary>
internal sealed class JsonOutput : IAsyncDisposable
{
    private const int FlushAt = 64 * 1024;
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushAt * 2);
    private readonly Stream _stream;

    public JsonOutput(Stream stream, bool lines)
    {
        _stream = stream;
        // Files, not HTML: keep non-ASCII text (names, passages) readable instead of \u-escaped.
        Json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = !lines });
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Ends a JSON-lines record.</summary>
    public async ValueTask EndLineAsync(CancellationToken cancellationToken)
    {
        Json.Flush();
        _buffer.Write(NewLine);
        // A new root value for the next line: without the reset the writer would separate it with a comma.
        Json.Reset(_buffer);
        await FlushIfFullAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask FlushIfFullAsync(CancellationToken cancellationToken)
    {
        Json.Flush();
        if (_buffer.WrittenCount >= FlushAt)
        {
            await _stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            _buffer.ResetWrittenCount();
        }
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        Json.Flush();
        await _stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        _buffer.ResetWrittenCount();
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => Json.DisposeAsync();
}
