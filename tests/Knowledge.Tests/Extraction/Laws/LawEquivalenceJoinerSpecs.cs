using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Extraction.Laws;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Extraction.Laws;

/// <summary>
/// The joiner of two names of one law ("(", "/", ", also known as the") has atomic white-space runs so that the
/// backtracking engine runs it in linear time; it must accept exactly what the plain pattern accepted.
/// </summary>
public class LawEquivalenceJoinerSpecs
{
    private static readonly LexiconSet Lex = LexiconSet.Default;

    private static Regex Joiner()
    {
        var equivalence = new LawEquivalence(Lex);
        var property = typeof(LawEquivalence).GetProperty("Joiner", BindingFlags.NonPublic | BindingFlags.Instance)!;
        return (Regex)property.GetValue(equivalence)!;
    }

    // The pattern as it was written before its white-space runs were made atomic.
    private static Regex Plain() => new(
        @"^\s*(?:\(|/|,?\s*" + PatternParts.Alternation(Lex.Laws.EquivalencePhrases) + @"\s+(?:"
        + PatternParts.Alternation(Lex.Entities.DefiniteArticles) + @"\s+)?)\s*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    [Theory]
    [InlineData(" (", true)]
    [InlineData(" / ", true)]
    [InlineData(", also known as the ", true)]
    [InlineData(" or ", true)]
    [InlineData(" or", false)]
    [InlineData(" and ", false)]
    [InlineData(", otherwise known as\n", true)]
    public void Two_names_are_joined_by_a_bracket_a_slash_or_an_equivalence_phrase(string between, bool joined)
    {
        Joiner().IsMatch(between).Should().Be(joined);
        Plain().IsMatch(between).Should().Be(joined);
    }

    [Fact]
    public void The_atomic_joiner_accepts_what_the_plain_pattern_accepts()
    {
        var phrases = Lex.Laws.EquivalencePhrases.Entries.Concat(Lex.Entities.DefiniteArticles.Entries).ToArray();
        string[] pieces = [" ", "  ", "\t", "\n", "\u00a0", ",", "(", "/", "x", "or", "the", "The", "known", " as", .. phrases];
        var random = new Random(35);
        var joiner = Joiner();
        var plain = Plain();
        int accepted = 0;
        for (int i = 0; i < 20000; i++)
        {
            var text = new StringBuilder();
            int parts = random.Next(0, 8);
            for (int k = 0; k < parts; k++) text.Append(pieces[random.Next(pieces.Length)]);
            string between = text.ToString();
            bool expected = plain.IsMatch(between);
            joiner.IsMatch(between).Should().Be(expected, $"\"{between}\"");
            if (expected) accepted++;
        }
        accepted.Should().BeGreaterThan(500, "the texts exercise joins, not only misses");
    }
}
