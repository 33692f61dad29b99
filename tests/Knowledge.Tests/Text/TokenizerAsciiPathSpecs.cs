using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Knowledge.Syntax;
using Knowledge.Text;
using Xunit;
using static Knowledge.Tests.Text.TextSpec;

namespace Knowledge.Tests.Text;

/// <summary>
/// The tokenizer's ASCII fast path (issue 18 item 7): a token opened by an ASCII letter that cannot open a URL skips the
/// full chain of tests, and a token's <see cref="Token.SpaceAfter"/> is set as it is added. Both must answer exactly
/// as the full chain and the old rule (the character after the token, inside its block, is white space or a control).
/// </summary>
public sealed class TokenizerAsciiPathSpecs
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "e", "g", "h", "w", "W", "s", "t", "x", "Sen", "Ph", "D", "R", "A", "U", "S", "e.g", "i.e", "am", "Inc", "Lt", "Col",
        ".", ".", "-", "‐", "'", "’", "‘", "&", "@", "#", "_", "/", "(", ")", ":", ",", "\"", "“", "”", " ", " ", "\t", "\n", "\u0001",
        "\u00A0", "\u2003", "é", "Ölvir", "ß", "ı", "İ", "K", "\u0301", "\u200D", "😀", "9", "12", "١", "org", "example.org", "www.",
        "http://", "mail@host.example", "No.", "U.S.",
    ];

    /// <summary>Text of words, abbreviations, addresses and the characters around them, ASCII and not.</summary>
    public static Arbitrary<string> Wordy() => Gen.ListOf(Gen.Elements(Pieces)).Select(string.Concat).ToArbitrary();

    [Property(MaxTest = 500, Arbitrary = [typeof(TokenizerAsciiPathSpecs)])]
    public void The_shortcut_answers_as_the_full_chain_at_every_position(string text)
    {
        foreach (var (i, nextAt) in Positions(text))
            foreach (bool singleOpen in new[] { false, true })
                TheTokenizer.Next(text, i, text.Length, singleOpen, nextAt)
                    .Should().Be(TheTokenizer.NextOfAnyCharacter(text, i, text.Length, singleOpen, nextAt), $"at {i} of \"{text}\"");
    }

    /// <summary>Every position of a text, with where the next '@' is from there (<see cref="int.MaxValue"/> for none), as the tokenizer's loop tracks it.</summary>
    private static IEnumerable<(int At, int NextAt)> Positions(string text)
    {
        int at = text.IndexOf('@');
        for (int i = 0; i < text.Length; i++)
        {
            if (at >= 0 && at < i) at = text.IndexOf('@', i);
            yield return (i, at < 0 ? int.MaxValue : at);
        }
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(TokenizerAsciiPathSpecs)])]
    public void A_plain_ASCII_word_read_in_the_tokenizers_loop_is_the_word_Next_reads(string text)
    {
        foreach (var (i, nextAt) in Positions(text))
        {
            int end = Tokenizer.PlainAsciiWordEnd(text, i, text.Length, nextAt);
            if (end < 0) continue;
            foreach (bool singleOpen in new[] { false, true })
                TheTokenizer.Next(text, i, text.Length, singleOpen, nextAt).Should().Be((end - i, TokenKind.Word), $"at {i} of \"{text}\"");
        }
    }

    [Theory]
    [InlineData("plain words here", 0, 5)]
    [InlineData("words, then more", 0, 5)]
    [InlineData("end", 0, 3)]
    [InlineData("x9y rest", 0, 3)]
    [InlineData("Sen. Cruz", 0, -1)]
    [InlineData("e.g. this", 0, -1)]
    [InlineData("Anti-Overfishing", 0, -1)]
    [InlineData("don't", 0, -1)]
    [InlineData("AT&T", 0, -1)]
    [InlineData("holders’ homes", 0, -1)]
    [InlineData("caf\u00E9 au lait", 0, -1)]
    [InlineData("www.example.org", 0, -1)]
    [InlineData("http://x.org", 0, -1)]
    [InlineData("what now", 0, 4)]
    [InlineData("mail me at a@b.org", 0, -1)]
    [InlineData("9 lives", 0, -1)]
    public void A_plain_ASCII_word_ends_where_nothing_can_continue_it(string text, int at, int expectedEnd)
    {
        int nextAt = text.IndexOf('@', at) is >= 0 and var a ? a : int.MaxValue;
        Tokenizer.PlainAsciiWordEnd(text, at, text.Length, nextAt).Should().Be(expectedEnd);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(TokenizerAsciiPathSpecs)])]
    public void A_token_has_a_space_after_it_exactly_when_a_separator_follows_inside_its_block(string body)
    {
        var doc = Analyse(body);
        foreach (var token in doc.Tokens)
        {
            var block = doc.Blocks.Single(b => b.Start <= token.Start && token.End <= b.End);
            bool separatorFollows = token.End < block.End && (char.IsWhiteSpace(doc.Text[token.End]) || char.IsControl(doc.Text[token.End]));
            token.SpaceAfter.Should().Be(separatorFollows, $"token {doc.TextOf(token)} at {token.Start} of \"{doc.Text}\"");
        }
    }

    [Fact]
    public void Words_after_non_ASCII_text_keep_their_kinds_and_spaces()
    {
        const string text = "Ölvir “said” the Sen. and Dr. Ásta\u00A0met at ijm.org, e.g. x@y.org; Ph.D. holders’ homes — wwwhat\tnext";
        Kinds(text).Should().Equal(
            ("Ölvir", TokenKind.Word), ("“", TokenKind.OpenQuote), ("said", TokenKind.Word), ("”", TokenKind.CloseQuote),
            ("the", TokenKind.Word), ("Sen.", TokenKind.Abbreviation), ("and", TokenKind.Word), ("Dr.", TokenKind.Abbreviation),
            ("Ásta", TokenKind.Word), ("met", TokenKind.Word), ("at", TokenKind.Word), ("ijm.org", TokenKind.Url),
            (",", TokenKind.Punctuation), ("e.g.", TokenKind.Abbreviation), ("x@y.org", TokenKind.Email), (";", TokenKind.Punctuation),
            ("Ph.D.", TokenKind.Abbreviation), ("holders", TokenKind.Word), ("’", TokenKind.Possessive), ("homes", TokenKind.Word),
            ("—", TokenKind.Punctuation), ("wwwhat", TokenKind.Word), ("next", TokenKind.Word));
        TheTokenizer.Tokenize(text).Select(t => t.SpaceAfter).Should().Equal(
            true, false, false, true, true, true, true, true, true, true, true, false, true, true, false, true, true, false, true,
            true, true, true, false);
    }
}
