using FluentAssertions;
using Knowledge.Text;
using Xunit;

namespace Knowledge.Tests.Text;

public class TokenizerSpecs
{
    private static string[] Words(string text)
    {
        var t = new Tokenizer(Lexicons.Default);
        return t.Tokenize(text).Select(k => text[k.Start..k.End]).ToArray();
    }

    [Fact]
    public void Possessive_is_split_from_its_word() =>
        Words("IJM's program").Should().Equal("IJM", "'s", "program");
}
