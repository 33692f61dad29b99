using FluentAssertions;
using Knowledge.Syntax;
using Xunit;
using static Knowledge.Tests.Text.TextSpec;

namespace Knowledge.Tests.Text;

public class TokenizerSpecs
{
    [Fact]
    public void Possessive_is_split_from_its_word() =>
        Tokens("HLA's program").Should().Equal("HLA", "'s", "program");

    [Fact]
    public void Curly_possessive_is_split_from_its_word() =>
        Kinds("the city’s mayor").Should().Equal(("the", TokenKind.Word), ("city", TokenKind.Word), ("’s", TokenKind.Possessive), ("mayor", TokenKind.Word));

    [Fact]
    public void Plural_possessive_apostrophe_is_a_possessive() =>
        Kinds("the workers' union").Should().Equal(("the", TokenKind.Word), ("workers", TokenKind.Word), ("'", TokenKind.Possessive), ("union", TokenKind.Word));

    [Theory]
    [InlineData("Atty.")]
    [InlineData("Sen.")]
    [InlineData("Rep.")]
    [InlineData("Dr.")]
    [InlineData("Jr.")]
    [InlineData("R.A.")]
    [InlineData("S.")]
    [InlineData("H.R.")]
    [InlineData("U.S.")]
    [InlineData("Sept.")]
    [InlineData("e.g.")]
    [InlineData("Inc.")]
    [InlineData("Ph.D.")]
    [InlineData("a.m.")]
    [InlineData("PBGen.")]
    public void Abbreviation_is_one_token_with_its_period(string abbreviation) =>
        Kinds($"see {abbreviation} here").Should().Equal(("see", TokenKind.Word), (abbreviation, TokenKind.Abbreviation), ("here", TokenKind.Word));

    [Fact]
    public void Number_abbreviation_keeps_its_period_before_a_number() =>
        Tokens("under R.A. No. 9775 and").Should().Equal("under", "R.A.", "No.", "9775", "and");

    [Fact]
    public void Lowercase_word_that_looks_like_a_capitalised_abbreviation_is_a_word() =>
        Kinds("They sat. Then").Should().Equal(("They", TokenKind.Word), ("sat", TokenKind.Word), (".", TokenKind.Terminal), ("Then", TokenKind.Word));

    [Fact]
    public void Abbreviation_in_capitals_is_an_abbreviation() =>
        KindOf("ACME INC. today", "INC.").Should().Be(TokenKind.Abbreviation);

    [Fact]
    public void Lowercase_abbreviation_at_sentence_start_is_an_abbreviation() =>
        KindOf("E.g. this one", "E.g.").Should().Be(TokenKind.Abbreviation);

    [Fact]
    public void Ordinary_word_before_a_period_is_a_word_and_a_terminal() =>
        Kinds("It rained.").Should().Equal(("It", TokenKind.Word), ("rained", TokenKind.Word), (".", TokenKind.Terminal));

    [Theory]
    [InlineData("1,181")]
    [InlineData("3.5")]
    [InlineData("11930")]
    [InlineData("1st")]
    [InlineData("22nd")]
    public void Number_is_one_token(string number) =>
        Kinds($"about {number} people").Should().Equal(("about", TokenKind.Word), (number, TokenKind.Number), ("people", TokenKind.Word));

    [Fact]
    public void Number_at_sentence_end_leaves_the_period() =>
        Kinds("in 2023.").Should().Equal(("in", TokenKind.Word), ("2023", TokenKind.Number), (".", TokenKind.Terminal));

    [Fact]
    public void Hyphenated_compound_with_a_number_is_one_token() =>
        Tokens("a 15-year-old girl").Should().Equal("a", "15-year-old", "girl");

    [Theory]
    [InlineData("2023-09-07")]
    [InlineData("9/7/2023")]
    [InlineData("12/25/23")]
    public void Date_is_one_token(string date) =>
        Kinds($"on {date}, it").Should().Equal(("on", TokenKind.Word), (date, TokenKind.Date), (",", TokenKind.Punctuation), ("it", TokenKind.Word));

    [Fact]
    public void Iso_date_followed_by_more_digits_is_not_a_date() =>
        Tokens("2023-09-071").Should().NotContain("2023-09-07");

    [Theory]
    [InlineData("4(h)")]
    [InlineData("12(a)(3)")]
    public void Section_reference_is_one_token(string reference) =>
        Kinds($"Section {reference} says").Should().Equal(("Section", TokenKind.Word), (reference, TokenKind.SectionReference), ("says", TokenKind.Word));

    [Fact]
    public void Hashtag_is_one_token() =>
        Kinds("Join #EndTrafficking2024 now").Should().Equal(("Join", TokenKind.Word), ("#EndTrafficking2024", TokenKind.Hashtag), ("now", TokenKind.Word));

    [Theory]
    [InlineData("Read https://example.org/a/b?x=1.", "https://example.org/a/b?x=1")]
    [InlineData("Read http://example.org/page, then", "http://example.org/page")]
    [InlineData("Read www.example.com/news.", "www.example.com/news")]
    [InlineData("(see https://example.org/x)", "https://example.org/x")]
    [InlineData("at “https://example.org/q”", "https://example.org/q")]
    [InlineData("Visit example.org.", "example.org")]
    public void Url_is_one_token_without_trailing_punctuation(string text, string url) =>
        Kinds(text).Should().ContainSingle(k => k.Kind == TokenKind.Url).Which.Text.Should().Be(url);

    [Theory]
    [InlineData("Write to press@example.org.", "press@example.org")]
    [InlineData("Mail jane.doe+news@mail.example.co.uk today", "jane.doe+news@mail.example.co.uk")]
    [InlineData("(info@example.com)", "info@example.com")]
    public void Email_address_is_one_token(string text, string email) =>
        Kinds(text).Should().ContainSingle(k => k.Kind == TokenKind.Email).Which.Text.Should().Be(email);

    [Fact]
    public void At_sign_without_a_dotted_domain_is_not_an_email() =>
        Kinds("meet me@home").Should().NotContain(k => k.Kind == TokenKind.Email);

    [Fact]
    public void Straight_double_quotes_have_their_direction() =>
        Kinds("He said \"yes\" twice").Should().Equal(("He", TokenKind.Word), ("said", TokenKind.Word), ("\"", TokenKind.OpenQuote),
            ("yes", TokenKind.Word), ("\"", TokenKind.CloseQuote), ("twice", TokenKind.Word));

    [Fact]
    public void Straight_quote_after_a_period_closes() =>
        Kinds("\"Go.\"").Select(k => k.Kind).Should().Equal(TokenKind.OpenQuote, TokenKind.Word, TokenKind.Terminal, TokenKind.CloseQuote);

    [Fact]
    public void Straight_quote_between_spaces_is_undetermined() =>
        KindOf("a \" b", "\"").Should().Be(TokenKind.Quote);

    [Fact]
    public void Curly_double_quotes_have_their_direction() =>
        Kinds("“It works,” she said").Select(k => k.Kind).Should().Equal(TokenKind.OpenQuote, TokenKind.Word, TokenKind.Word,
            TokenKind.Punctuation, TokenKind.CloseQuote, TokenKind.Word, TokenKind.Word);

    [Fact]
    public void Single_curly_quotes_have_their_direction() =>
        Kinds("‘fine’ then").Select(k => k.Kind).Should().Equal(TokenKind.OpenQuote, TokenKind.Word, TokenKind.CloseQuote, TokenKind.Word);

    [Theory]
    [InlineData("don't")]
    [InlineData("O'Brien")]
    [InlineData("won’t")]
    [InlineData("Anti-Trafficking")]
    public void Inner_apostrophe_or_hyphen_keeps_the_word_together(string word) =>
        Kinds($"{word} now").Should().Equal((word, TokenKind.Word), ("now", TokenKind.Word));

    [Theory]
    [InlineData("–")]
    [InlineData("—")]
    public void Dash_is_punctuation(string dash) =>
        Kinds($"yes {dash} no").Should().Equal(("yes", TokenKind.Word), (dash, TokenKind.Punctuation), ("no", TokenKind.Word));

    [Fact]
    public void Dash_glued_to_words_is_punctuation_between_them() =>
        Tokens("yes—no").Should().Equal("yes", "—", "no");

    [Theory]
    [InlineData("Peña")]
    [InlineData("Zoë")]
    [InlineData("Пётр")]
    [InlineData("مرحبا")]
    [InlineData("東京都")]
    [InlineData("नमस्ते")]
    public void Words_in_any_script_are_one_token(string word) =>
        Kinds($"{word} ok").Should().Equal((word, TokenKind.Word), ("ok", TokenKind.Word));

    [Fact]
    public void Decomposed_accent_stays_in_its_word() =>
        Tokens("Pen\u0303a ok").Should().Equal("Pen\u0303a", "ok");

    [Theory]
    [InlineData("😀")]
    [InlineData("👍🏽")]
    [InlineData("👨‍👩‍👧")]
    [InlineData("🇵🇭")]
    [InlineData("❤️")]
    public void Emoji_is_one_symbol_token(string emoji) =>
        Kinds($"great {emoji} day").Should().Equal(("great", TokenKind.Word), (emoji, TokenKind.Symbol), ("day", TokenKind.Word));

    [Fact]
    public void Emoji_glued_to_a_word_is_split_from_it() =>
        Tokens("great😀").Should().Equal("great", "😀");

    [Fact]
    public void Letter_outside_the_basic_plane_is_part_of_a_word() =>
        Tokens("𠀀𠀁 ok").Should().Equal("𠀀𠀁", "ok");

    [Fact]
    public void Lone_surrogate_is_a_token_of_its_own() =>
        Tokens("a\uD800b").Should().Equal("a", "\uD800", "b");

    [Theory]
    [InlineData("Wait...", "...")]
    [InlineData("Wait…", "…")]
    [InlineData("Really?!", "?!")]
    public void Terminal_run_is_one_token(string text, string terminal) =>
        Kinds(text).Last().Should().Be((terminal, TokenKind.Terminal));

    [Fact]
    public void Symbols_are_symbols() =>
        Kinds("50% of $3 & ₱5").Where(k => k.Kind == TokenKind.Symbol).Select(k => k.Text).Should().Equal("%", "$", "&", "₱");

    [Fact]
    public void Space_after_is_recorded()
    {
        var tokens = TheTokenizer.Tokenize("Hi, you.");
        tokens.Select(t => t.SpaceAfter).Should().Equal(false, true, false, false);
    }
}
