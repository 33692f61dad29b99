using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Knowledge.Export;

/// <summary>
/// A buffered UTF-8 sink for XML whose markup the caller writes as byte literals, escaping text and attribute
/// values exactly as <see cref="System.Xml.XmlWriter"/> does with <c>NewLineHandling.Entitize</c> and
/// <c>CheckCharacters</c>: in text <c>&amp; &lt; &gt;</c> and CR become references; in attribute values also
/// <c>"</c>, tab and LF. Characters XML 1.0 cannot carry throw, as they do there.
/// </summary>
/// <remarks>
/// XmlWriter checks well-formedness, looks up namespace scopes and encodes char by char for every element; a
/// GraphML file is tens of thousands of tiny, fixed-shape elements, so the writer spells the markup itself and
/// this type only escapes and transcodes (runs without special characters go through the vectorised
/// <see cref="Utf8.FromUtf16"/>).
/// </remarks>
internal sealed class Utf8XmlOutput : IDisposable
{
    private const int BufferSize = 1 << 16;

    /// <summary>The longest thing written outside a transcoded run: an entity such as <c>&amp;quot;</c>.</summary>
    private const int LongestReference = 6;

    /// <summary>
    /// ASCII chars text cannot carry as they are: markup, CR, and the C0 controls XML 1.0 forbids. ASCII only, so the
    /// search stays on the vectorised ASCII path for any text (a set with a non-ASCII char falls back to a slow
    /// probabilistic map on non-ASCII text); U+FFFE and U+FFFF are looked for apart, lone surrogates by the transcoder.
    /// </summary>
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create(SpecialChars("&<>\r"));

    /// <summary>As <see cref="TextSpecials"/>, plus the quote and the whitespace an attribute-value normaliser would lose.</summary>
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create(SpecialChars("&<>\r\"\t\n"));

    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _used;

    public Utf8XmlOutput(Stream stream) => _stream = stream;

    /// <summary>Markup as it is: a UTF-8 literal the caller knows to be well-formed.</summary>
    public void Raw(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > _buffer.Length - _used)
        {
            Flush();
            if (utf8.Length > _buffer.Length)
            {
                _stream.Write(utf8);
                return;
            }
        }
        utf8.CopyTo(_buffer.AsSpan(_used));
        _used += utf8.Length;
    }

    /// <summary>An int in invariant digits.</summary>
    public void Int(int value)
    {
        if (_buffer.Length - _used < 11) Flush();
        value.TryFormat(_buffer.AsSpan(_used), out int written, provider: System.Globalization.CultureInfo.InvariantCulture);
        _used += written;
    }

    /// <summary>Character data, escaped as element content.</summary>
    public void Text(ReadOnlySpan<char> text) => Escaped(text, TextSpecials, attribute: false, clean: false);

    /// <summary>
    /// Character data as <see cref="XmlChars.Clean"/> would leave it (characters XML 1.0 cannot carry and lone surrogates
    /// left out), escaped as element content: the escape scan finds what cleaning drops, so a string is read once, not
    /// once to clean and again to escape.
    /// </summary>
    public void CleanText(ReadOnlySpan<char> text) => Escaped(text, TextSpecials, attribute: false, clean: true);

    /// <summary>An attribute value (without its quotes), escaped for a double-quoted attribute.</summary>
    public void AttributeValue(ReadOnlySpan<char> value) => Escaped(value, AttributeSpecials, attribute: true, clean: false);

    /// <summary>Writes the buffered bytes to the stream.</summary>
    public void Flush()
    {
        if (_used == 0) return;
        _stream.Write(_buffer, 0, _used);
        _used = 0;
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _used = 0;
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <param name="s">The text.</param>
    /// <param name="specials">The ASCII chars to escape or (forbidden controls) to refuse.</param>
    /// <param name="attribute">Whether the text is an attribute value.</param>
    /// <param name="clean">Whether characters XML cannot carry are left out (as <see cref="XmlChars.Clean"/> does) rather than refused.</param>
    private void Escaped(ReadOnlySpan<char> s, SearchValues<char> specials, bool attribute, bool clean)
    {
        while (true)
        {
            int at = s.IndexOfAny(specials);
            Transcode(at < 0 ? s : s[..at], clean);
            if (at < 0) return;
            if (!clean || !IsForbiddenControl(s[at])) Reference(s[at], attribute);
            s = s[(at + 1)..];
        }
    }

    /// <summary>A C0 control XML 1.0 forbids (all but tab, LF and CR), which cleaning drops.</summary>
    private static bool IsForbiddenControl(char c) => c < ' ' && c is not ('\t' or '\n' or '\r');

    /// <summary>A run without special characters, as UTF-8, flushing as often as the buffer fills; U+FFFE, U+FFFF and lone surrogates are dropped when <paramref name="clean"/>, refused otherwise.</summary>
    private void Transcode(ReadOnlySpan<char> run, bool clean)
    {
        while (true)
        {
            int nonCharacter = run.IndexOfAny('\uFFFE', '\uFFFF');
            if (nonCharacter < 0)
            {
                TranscodeCharacters(run, clean);
                return;
            }
            if (!clean) throw Invalid(run[nonCharacter]);
            TranscodeCharacters(run[..nonCharacter], clean);
            run = run[(nonCharacter + 1)..];
        }
    }

    /// <summary>A run without special characters or non-characters, as UTF-8; a lone surrogate is dropped when <paramref name="clean"/>, refused otherwise.</summary>
    private void TranscodeCharacters(ReadOnlySpan<char> run, bool clean)
    {
        while (true)
        {
            var status = Utf8.FromUtf16(run, _buffer.AsSpan(_used), out int read, out int written, replaceInvalidSequences: false);
            _used += written;
            if (status == OperationStatus.Done) return;
            if (status == OperationStatus.DestinationTooSmall)
            {
                run = run[read..];
                Flush();
                continue;
            }
            if (!clean) throw Invalid(run[read]);
            run = run[(read + 1)..];
        }
    }

    private void Reference(char c, bool attribute)
    {
        ReadOnlySpan<byte> reference = c switch
        {
            '&' => "&amp;"u8,
            '<' => "&lt;"u8,
            '>' => "&gt;"u8,
            '\r' => "&#xD;"u8,
            '"' when attribute => "&quot;"u8,
            '\t' when attribute => "&#x9;"u8,
            '\n' when attribute => "&#xA;"u8,
            _ => throw Invalid(c),
        };
        if (_buffer.Length - _used < LongestReference) Flush();
        reference.CopyTo(_buffer.AsSpan(_used));
        _used += reference.Length;
    }

    private static ArgumentException Invalid(char c) =>
        new($"'{(c < 0x20 ? ' ' : c)}', hexadecimal value 0x{(int)c:X2}, is an invalid character.");

    /// <summary><paramref name="escaped"/> plus the C0 controls XML 1.0 forbids (all but tab, LF, CR).</summary>
    private static string SpecialChars(string escaped)
    {
        var sb = new StringBuilder(escaped);
        for (char c = '\0'; c < ' '; c++)
            if (c is not ('\t' or '\n' or '\r')) sb.Append(c);
        return sb.ToString();
    }
}
