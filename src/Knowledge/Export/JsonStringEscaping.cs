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
    public static JsonStringEscaping Html { get; } = new(JavaScriptEncoder.Create(UnicodeRanges.All), DropLoneSurrogates: true);
}
