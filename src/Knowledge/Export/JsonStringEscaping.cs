using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Knowledge.Export;

/// <summary>
/// How <see cref="Utf8JsonOutput"/> escapes a string: which characters its encoder escapes, and whether lone surrogates
/// are dropped first or, as <see cref="System.Text.Json.Utf8JsonWriter"/> does with the same encoder, handed to the encoder
/// (which writes U+FFFD in their place).
/// </summary>
/// <param name="Encoder">The encoder whose escapes the strings get, exactly as Utf8JsonWriter writes them with it.</param>
/// <param name="DropLoneSurrogates">Whether lone surrogates are dropped (<see cref="XmlChars.DropLoneSurrogates"/>) before escaping.</param>
internal sealed record JsonStringEscaping(JavaScriptEncoder Encoder, bool DropLoneSurrogates)
{
    /// <summary>knowledge.json's: relaxed escaping (markup characters and non-ASCII text as they are), lone surrogates dropped.</summary>
    public static JsonStringEscaping Export { get; } = new(JavaScriptEncoder.UnsafeRelaxedJsonEscaping, DropLoneSurrogates: true);

    /// <summary>
    /// The quote exports': relaxed escaping, and a lone surrogate written as Utf8JsonWriter writes it (the quotes' text is
    /// written as it was before these writers moved off Utf8JsonWriter).
    /// </summary>
    public static JsonStringEscaping Quotes { get; } = new(JavaScriptEncoder.UnsafeRelaxedJsonEscaping, DropLoneSurrogates: false);

    /// <summary>
    /// The HTML view's: what HTML could read as markup (<c>&lt; &gt; &amp; ' "</c> and <c>+</c>) escaped as <c>\uXXXX</c>
    /// so the JSON can sit inside a script element, other characters as they are; lone surrogates dropped.
    /// </summary>
    public static JsonStringEscaping Html => HtmlEscaping.Value;

    // Made when the HTML view first asks for it, not with the others: the encoder's table of every allowed character
    // was 2.6% of a one-document run that writes no HTML.
    private static class HtmlEscaping
    {
        public static readonly JsonStringEscaping Value = new(JavaScriptEncoder.Create(UnicodeRanges.All), DropLoneSurrogates: true);
    }

    /// <summary>
    /// Appends <paramref name="value"/> as a JSON string, quotes included, to a pooled buffer (grown as needed).
    /// Most strings need no escape: transcoded straight into the buffer and checked by the encoder's scan. The others
    /// (and those holding lone surrogates, which the transcoder refuses) are escaped the way Utf8JsonWriter escapes them.
    /// </summary>
    /// <param name="buffer">A pooled buffer (or an empty array), replaced by a larger one when it is full.</param>
    /// <param name="length">How many bytes of <paramref name="buffer"/> are written; advanced.</param>
    /// <param name="value">The text.</param>
    /// <param name="text"><paramref name="value"/> as a string when the caller has one, or null.</param>
    public void AppendQuoted(ref byte[] buffer, ref int length, ReadOnlySpan<char> value, string? text)
    {
        PooledBytes.Ensure(ref buffer, length, value.Length * 3 + 2);
        buffer[length++] = (byte)'"';
        var destination = buffer.AsSpan(length);
        if (Utf8.FromUtf16(value, destination, out _, out int written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            int first = Encoder.FindFirstCharacterToEncodeUtf8(destination[..written]);
            if (first < 0) length += written;
            else AppendEscapedTail(ref buffer, ref length, first, written, Encoder);
        }
        else if (DropLoneSurrogates)
        {
            AppendEscaped(ref buffer, ref length, XmlChars.DropLoneSurrogates(text ?? value.ToString()), Encoder);
        }
        else
        {
            AppendEscaped(ref buffer, ref length, value, Encoder);
        }
        PooledBytes.Ensure(ref buffer, length, 1);
        buffer[length++] = (byte)'"';
    }

    /// <summary>
    /// Escapes the transcoded text at <paramref name="length"/> from its first byte to escape on: the bytes before it
    /// stay where they are, the rest is escaped by the encoder's UTF-8 path (as JsonEncodedText and Utf8JsonWriter escape
    /// valid text) and written after them.
    /// </summary>
    private static void AppendEscapedTail(ref byte[] buffer, ref int length, int first, int written, JavaScriptEncoder encoder)
    {
        int tail = written - first;
        // An escape is at most six bytes per UTF-8 byte (\uXXXX for a one-byte character).
        var escaped = ArrayPool<byte>.Shared.Rent(tail * 6);
        var status = encoder.EncodeUtf8(buffer.AsSpan(length + first, tail), escaped, out _, out int count, isFinalBlock: true);
        if (status != OperationStatus.Done) throw new InvalidOperationException($"The JSON encoder could not escape a string ({status}).");
        length += first;
        PooledBytes.Ensure(ref buffer, length, count + 1);
        escaped.AsSpan(0, count).CopyTo(buffer.AsSpan(length));
        length += count;
        ArrayPool<byte>.Shared.Return(escaped);
    }

    /// <summary>
    /// As Utf8JsonWriter writes a string that needs escaping: the encoder escapes the UTF-16 text (a lone surrogate becomes
    /// U+FFFD), and the escaped text is transcoded to UTF-8.
    /// </summary>
    private static void AppendEscaped(ref byte[] buffer, ref int length, ReadOnlySpan<char> value, JavaScriptEncoder encoder)
    {
        // An escape is at most six characters per UTF-16 code unit (\uXXXX), as Utf8JsonWriter reckons.
        var escaped = ArrayPool<char>.Shared.Rent(Math.Max(1, value.Length * 6));
        var status = encoder.Encode(value, escaped, out _, out int count, isFinalBlock: true);
        if (status != OperationStatus.Done) throw new InvalidOperationException($"The JSON encoder could not escape a string ({status}).");
        PooledBytes.Ensure(ref buffer, length, count * 3);
        Utf8.FromUtf16(escaped.AsSpan(0, count), buffer.AsSpan(length), out _, out int written);
        length += written;
        ArrayPool<char>.Shared.Return(escaped);
    }
}
