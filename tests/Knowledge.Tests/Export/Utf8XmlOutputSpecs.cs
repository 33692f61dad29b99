using System.Text;
using System.Xml;
using FluentAssertions;
using Knowledge.Export;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>Utf8XmlOutput escapes text and attribute values to the very bytes XmlWriter writes with the GraphML writer's settings.</summary>
public class Utf8XmlOutputSpecs
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CheckCharacters = true,
        OmitXmlDeclaration = true,
    };

    private static byte[] ByXmlWriter(string attribute, string text)
    {
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, Settings))
        {
            w.WriteStartElement("r");
            w.WriteAttributeString("a", attribute);
            w.WriteString(text);
            w.WriteEndElement();
        }
        return ms.ToArray();
    }

    private static byte[] ByOutput(string attribute, string text)
    {
        using var ms = new MemoryStream();
        using (var o = new Utf8XmlOutput(ms))
        {
            o.Raw("<r a=\""u8);
            o.AttributeValue(attribute);
            o.Raw("\">"u8);
            o.Text(text);
            o.Raw("</r>"u8);
            o.Flush();
        }
        return ms.ToArray();
    }

    private static void ShouldMatchXmlWriter(string attribute, string text) =>
        ByOutput(attribute, text).Should().Equal(ByXmlWriter(attribute, text),
            "attribute {0} and text {1} escape as XmlWriter's", Escape(attribute), Escape(text));

    private static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s) sb.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
        return sb.ToString();
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain words")]
    [InlineData("A <&> \"B\" 'c'")]
    [InlineData("line one\nline two\r\nline three\rend")]
    [InlineData("\ttabbed\t")]
    [InlineData("]]> and &amp; stay text")]
    [InlineData("caf\u00E9 \u4E2D\u6587 \uD83D\uDE00 \u2028 \u0085 \uFFFD")]
    public void Written_strings_escape_as_XmlWriter_escapes_them(string s) => ShouldMatchXmlWriter(s, s);

    [Fact]
    public void Random_cleaned_strings_escape_as_XmlWriter_escapes_them_in_text_and_attributes()
    {
        var random = new Random(18);
        for (int i = 0; i < 5000; i++)
            ShouldMatchXmlWriter(XmlChars.Clean(RandomXmlStrings.Next(random)), XmlChars.Clean(RandomXmlStrings.Next(random)));
    }

    [Fact]
    public void Strings_longer_than_the_buffer_escape_as_XmlWriter_escapes_them()
    {
        var random = new Random(7);
        for (int i = 0; i < 6; i++)
        {
            var sb = new StringBuilder();
            while (sb.Length < 150_000) sb.Append(RandomXmlStrings.Next(random, 64));
            string s = XmlChars.Clean(sb.ToString());
            ShouldMatchXmlWriter(s, s);
        }
    }

    [Fact]
    public void Pairs_and_references_straddling_the_buffer_end_are_written_whole()
    {
        for (int pad = 65_530; pad < 65_545; pad++)
        {
            string s = new string('x', pad) + "\uD83D\uDE00&\r\"\u00E9\uD83D\uDE00";
            ShouldMatchXmlWriter(s, s);
        }
    }

    // Char codes, not strings: xUnit's theory data would turn a lone surrogate into U+FFFD.
    [Theory]
    [InlineData(0xD83D, ' ')]
    [InlineData(0xDE00, ' ')]
    [InlineData(0xD83D, '\0')]
    [InlineData(0x0001, ' ')]
    [InlineData(0x0000, ' ')]
    [InlineData(0xFFFE, ' ')]
    [InlineData(0xFFFF, ' ')]
    public void Characters_XML_cannot_carry_throw_as_they_do_in_XmlWriter(int code, char after)
    {
        string s = "text " + (char)code + (after == '\0' ? "" : after + "more");
        ((Action)(() => ByXmlWriter(s, ""))).Should().Throw<ArgumentException>();
        ((Action)(() => ByXmlWriter("", s))).Should().Throw<ArgumentException>();
        ((Action)(() => ByOutput(s, ""))).Should().Throw<ArgumentException>();
        ((Action)(() => ByOutput("", s))).Should().Throw<ArgumentException>();
    }

    private static byte[] TextOf(Action<Utf8XmlOutput> write)
    {
        using var ms = new MemoryStream();
        using (var o = new Utf8XmlOutput(ms))
        {
            write(o);
            o.Flush();
        }
        return ms.ToArray();
    }

    [Fact]
    public void Clean_text_is_the_text_of_the_cleaned_string_for_random_strings()
    {
        var random = new Random(1818);
        for (int i = 0; i < 5000; i++)
        {
            string s = RandomXmlStrings.Next(random);
            TextOf(o => o.CleanText(s)).Should().Equal(TextOf(o => o.Text(XmlChars.Clean(s))), "{0} is written cleaned", Escape(s));
        }
    }

    [Fact]
    public void Clean_text_longer_than_the_buffer_is_the_text_of_the_cleaned_string()
    {
        var random = new Random(77);
        for (int i = 0; i < 4; i++)
        {
            var sb = new StringBuilder();
            while (sb.Length < 150_000) sb.Append(RandomXmlStrings.Next(random, 64));
            string s = sb.ToString();
            TextOf(o => o.CleanText(s)).Should().Equal(TextOf(o => o.Text(XmlChars.Clean(s))));
        }
    }

    // Escaped in the data and unescaped in the test: xUnit's theory data would turn a lone surrogate into U+FFFD.
    [Theory]
    [InlineData("a\\uD83Db", "ab")]
    [InlineData("\\uDE00a\\uD83D", "a")]
    [InlineData("x\\u0001&\\uFFFEy\\uFFFF", "x&amp;y")]
    [InlineData("\\uD83D\\uDE00\\u0000<", "\\uD83D\\uDE00&lt;")]
    public void Clean_text_leaves_out_what_XML_cannot_carry(string escaped, string expected)
    {
        string s = System.Text.RegularExpressions.Regex.Unescape(escaped);
        TextOf(o => o.CleanText(s)).Should().Equal(Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Unescape(expected)));
    }

    [Fact]
    public void Ints_are_invariant_digits()
    {
        using var ms = new MemoryStream();
        using (var o = new Utf8XmlOutput(ms))
        {
            o.Int(-2147483648);
            o.Raw(" "u8);
            o.Int(0);
            o.Raw(" "u8);
            o.Int(2147483647);
            o.Flush();
        }
        Encoding.UTF8.GetString(ms.ToArray()).Should().Be("-2147483648 0 2147483647");
    }
}
