using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static Knowledge.Tests.Text.TextSpec;

namespace Knowledge.Tests.Text;

public class TextPropertySpecs
{
    private const string Alphabet = "aZé. ,!?\"'’“”‘-–—()#@/:0129\n\r\t😀\uD800東Пk…&%$*_>[]<";

    /// <summary>Strings of characters that trouble a tokenizer, including lone surrogates and line breaks.</summary>
    public static Arbitrary<string> Tricky() =>
        Gen.ListOf(Gen.Elements(Alphabet.ToCharArray())).Select(cs => new string(cs.ToArray())).ToArbitrary();

    [Property(MaxTest = 300)]
    public void Tokens_and_sentences_keep_their_invariants_on_any_string(string? text)
    {
        var doc = Analyse(text ?? "");
        Assert.Null(BrokenInvariant(doc));
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(TextPropertySpecs)])]
    public void Tokens_and_sentences_keep_their_invariants_on_tricky_strings(string text)
    {
        var doc = Analyse(text);
        Assert.Null(BrokenInvariant(doc));
        var markdown = Analyse(Markdown(text) with { Title = text });
        Assert.Null(BrokenInvariant(markdown));
    }
}
