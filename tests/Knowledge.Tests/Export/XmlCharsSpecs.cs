using System.Text;
using FluentAssertions;
using Knowledge.Export;
using Xunit;

namespace Knowledge.Tests.Export;

public class XmlCharsSpecs
{
    // Lone surrogates do not survive xunit's serialisation of theory data, so the cases are looped over in a fact.
    private static readonly (string Input, string Expected)[] CleanCases =
    [
        ("plain text, no trouble", "plain text, no trouble"),
        ("tab\tCR\rLF\n kept", "tab\tCR\rLF\n kept"),
        ("a\u0000b\u0008c\u000Bd\u000Ce\u001Ff", "abcdef"),
        ("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept"),
        ("lone high \uD83D here", "lone high  here"),
        ("lone low \uDE00 here", "lone low  here"),
        ("\uDE00\uD83D reversed pair", " reversed pair"),
        ("ends high \uD83D", "ends high "),
        ("non\uFFFEchars\uFFFF", "nonchars"),
        ("\u007F and \u0085 are allowed in XML", "\u007F and \u0085 are allowed in XML"),
    ];

    [Fact]
    public void Clean_drops_what_xml_cannot_carry_and_keeps_surrogate_pairs()
    {
        foreach (var (input, expected) in CleanCases) XmlChars.Clean(input).Should().Be(expected, "for {0}", Escaped(input));
    }

    private static readonly (string Input, string Expected)[] DropCases =
    [
        ("\u0001 controls stay for JSON \uFFFE", "\u0001 controls stay for JSON \uFFFE"),
        ("pair \uD83D\uDE00 and lone \uD83D and \uDE00.", "pair \uD83D\uDE00 and lone  and ."),
    ];

    [Fact]
    public void DropLoneSurrogates_drops_only_lone_surrogates()
    {
        foreach (var (input, expected) in DropCases) XmlChars.DropLoneSurrogates(input).Should().Be(expected, "for {0}", Escaped(input));
    }

    [Fact]
    public void A_string_with_nothing_to_drop_comes_back_as_the_same_instance_even_with_surrogate_pairs()
    {
        string s = new string('x', 200) + "\uD83D\uDE00" + new string('y', 200);
        XmlChars.Clean(s).Should().BeSameAs(s);
        XmlChars.DropLoneSurrogates(s).Should().BeSameAs(s);
    }

    [Fact]
    public void Characters_to_drop_are_found_past_the_first_vector_and_after_a_pair()
    {
        string s = new string('a', 100) + "\uD83D\uDE00" + new string('b', 70) + "\u0002" + new string('c', 40) + "\uDC00";
        XmlChars.Clean(s).Should().Be(new string('a', 100) + "\uD83D\uDE00" + new string('b', 70) + new string('c', 40));
        XmlChars.DropLoneSurrogates(s).Should().Be(new string('a', 100) + "\uD83D\uDE00" + new string('b', 70) + "\u0002" + new string('c', 40));
    }

    [Fact]
    public void Clean_agrees_with_a_char_by_char_reference_on_random_strings()
    {
        var random = new Random(42);
        char[] alphabet = ['a', ' ', '\t', '\n', '\r', '\u0000', '\u0001', '\u001F', '\u007F', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFE', '\uFFFF', '\uFFFD', 'é'];
        for (int n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 80)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var s = new string(chars);
            XmlChars.Clean(s).Should().Be(Reference(s, xml: true), "for {0}", Escaped(s));
            XmlChars.DropLoneSurrogates(s).Should().Be(Reference(s, xml: false), "for {0}", Escaped(s));
        }
    }

    /// <summary>The filter as it was written before it was vectorised: one char at a time.</summary>
    private static string Reference(string s, bool xml)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) sb.Append(c).Append(s[++i]);
                continue;
            }
            if (char.IsLowSurrogate(c)) continue;
            if (xml && ((c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF')) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Escaped(string s) => string.Concat(s.Select(c => $"\\u{(int)c:X4}"));
}
