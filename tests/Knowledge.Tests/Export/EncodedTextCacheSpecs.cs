using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FluentAssertions;
using Knowledge.Export;
using Xunit;

namespace Knowledge.Tests.Export;

public class EncodedTextCacheSpecs
{
    private static readonly JavaScriptEncoder Relaxed = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static string Utf8(JsonEncodedText text) => Encoding.UTF8.GetString(text.EncodedUtf8Bytes);

    [Theory]
    [InlineData("plain-id", "plain-id")]
    [InlineData("quote\"and\\slash", "quote\\\"and\\\\slash")]
    [InlineData("línea ñ", "línea ñ")]
    [InlineData("tab\there", "tab\\there")]
    public void Encodes_as_the_writer_would_with_the_same_encoder(string value, string expected)
    {
        var cache = new EncodedTextCache(Relaxed);
        Utf8(cache.Get(value)).Should().Be(expected);
        Utf8(cache.Get(value)).Should().Be(Utf8(JsonEncodedText.Encode(value, Relaxed)));
    }

    [Fact]
    public void Drops_lone_surrogates_like_the_rest_of_the_export()
    {
        var cache = new EncodedTextCache(Relaxed);
        Utf8(cache.Get("doc\uD83D-1")).Should().Be("doc-1");
        Utf8(cache.Get("doc\uD83D\uDE00")).Should().Be("doc\\uD83D\\uDE00", "a pair is kept (this encoder escapes characters beyond the BMP)");
    }

    [Fact]
    public void Alternating_values_each_get_their_own_encoding()
    {
        var cache = new EncodedTextCache(Relaxed);
        var answers = new[] { "a", "b", "a", new string('a', 1), "c", "b" }.Select(v => Utf8(cache.Get(v)));
        answers.Should().Equal("a", "b", "a", "a", "c", "b");
    }

    [Fact]
    public void An_equal_string_of_another_instance_is_answered_from_the_cache()
    {
        var cache = new EncodedTextCache(Relaxed);
        var first = cache.Get("document-7");
        var second = cache.Get(string.Concat("document-", "7"));
        second.EncodedUtf8Bytes.ToArray().Should().Equal(first.EncodedUtf8Bytes.ToArray());
        second.Equals(first).Should().BeTrue("the same encoded instance is returned for an equal string");
    }
}
