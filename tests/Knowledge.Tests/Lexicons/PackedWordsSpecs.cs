using FluentAssertions;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Lexicons;

/// <summary>
/// A packed set of words answers as a hash set of strings with the same comparer answers, keeps its words in the order
/// first added, and reads them back whole.
/// </summary>
public class PackedWordsSpecs
{
    [Fact]
    public void No_code_unit_outside_ASCII_equals_one_inside_it_ignoring_case()
    {
        // The packed set hashes ASCII words itself and other words with the comparison's own hash: sound only while no
        // word of ASCII characters equals one with another character, which holds when no code unit does.
        for (int unit = 128; unit <= char.MaxValue; unit++)
        {
            string other = ((char)unit).ToString();
            for (char ascii = '\0'; ascii < 128; ascii++)
                if (string.Equals(other, ascii.ToString(), StringComparison.OrdinalIgnoreCase))
                    throw new Xunit.Sdk.XunitException($"U+{unit:X4} equals '{ascii}' ignoring case");
        }
    }

    [Fact]
    public void Words_are_kept_once_in_the_order_first_added()
    {
        var words = new PackedWords(ignoreCase: true, capacity: 2, characters: 4);

        words.Add("Harbour").Should().BeTrue();
        words.Add("quay").Should().BeTrue();
        words.Add("HARBOUR").Should().BeFalse("it equals a word there, ignoring case");
        words.Add("Ölvir").Should().BeTrue();
        words.Add("ölvir").Should().BeFalse();
        words.Add("harbours").Should().BeTrue();

        words.Should().Equal("Harbour", "quay", "Ölvir", "harbours");
        words.Count.Should().Be(4);
        words.WordAt(2).ToString().Should().Be("Ölvir");
        words.IndexOf("QUAY").Should().Be(1);
        words.IndexOf("quays").Should().Be(-1);
        FluentActions.Invoking(() => words.WordAt(4)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_case_sensitive_set_keeps_each_case_apart()
    {
        var words = new PackedWords(ignoreCase: false);

        words.Add("Quay").Should().BeTrue();
        words.Add("quay").Should().BeTrue();
        words.Add("Quay").Should().BeFalse();

        words.Contains("QUAY").Should().BeFalse();
        words.Should().Equal("Quay", "quay");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_set_answers_random_words_as_a_hash_set_with_its_comparer_does(bool ignoreCase)
    {
        var random = new Random(18);
        // Letters in both cases, the Kelvin sign, the dotted and dotless i, accented letters, a surrogate pair whose two
        // cases are one letter apart (Deseret), and a lone surrogate.
        string[] pieces = ["a", "A", "k", "K", "z", "Z", "0", " ", "-", "é", "É", "\u212A", "ı", "İ", "i", "I", "ß", "\U00010400", "\U00010428", "\uD800", "ǅ", "ǆ", "Ǆ"];
        string Word() => string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => pieces[random.Next(pieces.Length)]));

        var words = new PackedWords(ignoreCase, capacity: 4);
        var expected = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var added = new List<string>();
        for (int i = 0; i < 3000; i++)
        {
            string word = Word();
            words.Add(word).Should().Be(expected.Add(word), word);
            if (words.Count > added.Count) added.Add(word);
        }
        words.Should().Equal(added);
        foreach (string word in added.Concat(added.Select(w => w.ToUpperInvariant())).Concat(added.Select(w => w.ToLowerInvariant())).Concat(Enumerable.Range(0, 3000).Select(_ => Word())))
            words.Contains(word).Should().Be(expected.Contains(word), word);
    }
}
