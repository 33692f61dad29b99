using System.Text.Encodings.Web;
using System.Text.Json;

namespace Knowledge.Export;

/// <summary>
/// Strings a JSON export writes over and over (a document's id in every mention and piece of evidence drawn from it),
/// cleaned of lone surrogates and encoded once, so each later write copies bytes instead of checking, escaping and
/// transcoding the string again.
/// </summary>
/// <remarks>
/// Meant for values drawn from a small set (one per document), not for every string: each distinct value is kept
/// for the life of the cache. Runs of the same value, the usual order of sorted provenance, are answered without a
/// lookup.
/// </remarks>
internal sealed class EncodedTextCache(JavaScriptEncoder encoder)
{
    private readonly Dictionary<string, JsonEncodedText> _encoded = new(StringComparer.Ordinal);
    private string? _last;
    private JsonEncodedText _lastEncoded;

    /// <summary>The encoded form of <paramref name="value"/> with its lone surrogates dropped.</summary>
    public JsonEncodedText Get(string value)
    {
        if (ReferenceEquals(value, _last) || (_last is not null && value == _last)) return _lastEncoded;
        if (!_encoded.TryGetValue(value, out var encoded))
        {
            encoded = JsonEncodedText.Encode(XmlChars.DropLoneSurrogates(value), encoder);
            _encoded.Add(value, encoded);
        }
        _last = value;
        _lastEncoded = encoded;
        return encoded;
    }
}
