using System.Buffers;
using System.Text;

namespace Knowledge.Lexicons;

/// <summary>
/// The text of a UTF-8 stream without a byte order mark, decoded a pooled buffer at a time as
/// <see cref="Encoding.GetString(byte[])"/> decodes it whole (invalid bytes become U+FFFD), for <see cref="LexiconLines"/>:
/// a <see cref="StreamReader"/> would allocate its own two buffers for every file. The stream stays the caller's: it
/// is not disposed with the reader.
/// </summary>
internal sealed class Utf8StreamText(Stream stream) : TextReader
{
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(BufferLength);
    private const int BufferLength = 4096;
    private int _start;
    private int _end;
    private bool _flushed;

    /// <summary>Decodes up to <paramref name="count"/> characters (at least one unless the stream has ended) into the buffer.</summary>
    public override int Read(char[] buffer, int index, int count)
    {
        while (!_flushed)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = stream.Read(_bytes, 0, _bytes.Length);
            }
            bool last = _end == 0;
            // A byte gives at most one UTF-16 unit; the decoder takes fewer bytes when the characters do not fit.
            _decoder.Convert(_bytes, _start, Math.Min(_end - _start, count), buffer, index, count, flush: last, out int used, out int chars, out _);
            _start += used;
            if (last) _flushed = true;
            if (chars > 0) return chars;
        }
        return 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = [];
        }
        base.Dispose(disposing);
    }
}
