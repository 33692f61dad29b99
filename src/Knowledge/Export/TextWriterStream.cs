using System.Text;

namespace Knowledge.Export;

/// <summary>
/// A write-only stream that decodes the UTF-8 bytes written to it and passes the text on to a
/// <see cref="TextWriter"/> in chunks, so a <see cref="System.Text.Json.Utf8JsonWriter"/> can write into a page
/// that is being written as text without the whole JSON becoming one string. A character split across two writes
/// is carried over by the decoder.
/// </summary>
internal sealed class TextWriterStream : Stream
{
    private readonly TextWriter _writer;
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private readonly char[] _chars = new char[16 * 1024];

    /// <summary>A stream that writes to <paramref name="writer"/> (left open).</summary>
    public TextWriterStream(TextWriter writer) => _writer = writer;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            _decoder.Convert(buffer, _chars, flush: false, out int used, out int chars, out _);
            _writer.Write(_chars, 0, chars);
            buffer = buffer[used..];
        }
    }
}
