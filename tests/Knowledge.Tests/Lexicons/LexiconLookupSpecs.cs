using FluentAssertions;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Lexicons;

/// <summary>
/// A lexicon answers by its entries alone, whatever characters they and the word asked open with and however long
/// they are: the first-character and length tests that spare most lookups never turn away a word the lexicon holds.
/// </summary>
public class LexiconLookupSpecs
{
    private static readonly Lexicon Words = new("spec-words", ["harbour", "Quay", "9th", "(note)", "Zeta"]);
    private static readonly Lexicon Exact = new("spec-exact", ["Quay", "harbour"], caseSensitive: true);
    private static readonly Lexicon Accented = new("spec-accented", ["Ölvir", "harbour"]);

    [Theory]
    [InlineData("harbour", true)]
    [InlineData("HARBOUR", true)]
    [InlineData("quay", true)]
    [InlineData("9TH", true)]
    [InlineData("(Note)", true)]
    [InlineData("zeta", true)]
    [InlineData("river", false)]
    [InlineData("Harbours", false)]
    [InlineData("", false)]
    [InlineData("Émile", false)]
    public void A_lexicon_that_ignores_case_holds_its_entries_in_any_case(string word, bool held)
    {
        Words.Contains(word).Should().Be(held);
        Words.Contains(word.AsSpan()).Should().Be(held);
    }

    [Theory]
    [InlineData("Quay", true)]
    [InlineData("quay", false)]
    [InlineData("harbour", true)]
    [InlineData("Harbour", false)]
    public void A_case_sensitive_lexicon_holds_its_entries_as_written(string word, bool held)
    {
        Exact.Contains(word).Should().Be(held);
        Exact.Contains(word.AsSpan()).Should().Be(held);
    }

    [Theory]
    [InlineData("ölvir", true)]
    [InlineData("ÖLVIR", true)]
    [InlineData("Harbour", true)]
    [InlineData("Olvir", false)]
    public void Entries_that_open_with_other_characters_are_found_in_any_case(string word, bool held)
    {
        Accented.Contains(word).Should().Be(held);
        Accented.Contains(word.AsSpan()).Should().Be(held);
    }

    [Fact]
    public void Every_entry_of_the_default_lexicons_is_held_in_any_case()
    {
        foreach (var lexicon in new[] { LexiconSet.Default.Titles.PersonTitles, LexiconSet.Default.Names.GivenNames, LexiconSet.Default.Works.DocumentNouns })
            foreach (string entry in lexicon.Entries)
            {
                lexicon.Contains(entry.ToUpperInvariant().AsSpan()).Should().BeTrue(entry);
                lexicon.Contains(entry.ToLowerInvariant()).Should().BeTrue(entry);
            }
    }

    private static readonly Lexicon Lengths = new("spec-lengths", ["ago", "Autumn", "+1", "k", "Kelvin", "a very long entry that runs past sixty-three characters to the end"]);

    [Theory]
    [InlineData("AGO", true)]
    [InlineData("autumn", true)]
    [InlineData("KELVIN", true)]
    [InlineData("K", true)]
    [InlineData("+1", true)]
    [InlineData("an", false)]
    [InlineData("autumns", false)]
    [InlineData("kelvins", false)]
    [InlineData("+12", false)]
    [InlineData("A VERY LONG ENTRY THAT RUNS PAST SIXTY-THREE CHARACTERS TO THE END", true)]
    [InlineData("a very long entry that runs past sixty-three characters to the end!", false)]
    public void A_word_is_held_only_at_the_length_of_an_entry_with_its_first_character(string word, bool held)
    {
        Lengths.Contains(word).Should().Be(held);
        Lengths.Contains(word.AsSpan()).Should().Be(held);
    }

    [Fact]
    public void A_lexicon_answers_random_words_as_a_set_with_its_comparer_does()
    {
        var random = new Random(18);
        // Pairs 0x20 apart that are no letters (@ and `, [ and {) and the dotted and dotless i test the first-character filter too.
        const string Alphabet = "aAkKzZ09+-. éÉ\u212A@`[{ıİiI";
        string Word(int most)
        {
            var chars = new char[random.Next(1, most)];
            for (int i = 0; i < chars.Length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
            return new string(chars);
        }
        for (int round = 0; round < 40; round++)
        {
            var entries = Enumerable.Range(0, 30).Select(_ => Word(8)).ToList();
            foreach (bool caseSensitive in new[] { false, true })
            {
                var lexicon = new Lexicon("spec-random", entries, caseSensitive);
                var expected = new HashSet<string>(entries.Select(e => e.Trim()).Where(e => e.Length > 0),
                    caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
                foreach (string word in entries.Concat(entries.Select(e => e.ToUpperInvariant())).Concat(Enumerable.Range(0, 200).Select(_ => Word(8))))
                {
                    lexicon.Contains(word).Should().Be(expected.Contains(word), word);
                    lexicon.Contains(word.AsSpan()).Should().Be(expected.Contains(word), word);
                }
            }
        }
    }

    [Fact]
    public void A_long_lexicon_answers_as_a_set_with_its_comparer_does_and_lists_its_entries_in_order()
    {
        // Past LargestStringSet entries a lexicon keeps them packed rather than as strings in a hash set.
        var random = new Random(7);
        const string Alphabet = "aAkKzZ09+-. éÉ\u212A@`[{ıİiI";
        string Word() => new([.. Enumerable.Range(0, random.Next(1, 9)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
        var entries = Enumerable.Range(0, Lexicon.LargestStringSet * 3).Select(_ => Word()).ToList();
        foreach (bool caseSensitive in new[] { false, true })
        {
            var lexicon = new Lexicon("spec-long", entries, caseSensitive);
            var comparer = caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
            var expected = new HashSet<string>(comparer);
            var distinct = entries.Select(e => e.Trim()).Where(e => e.Length > 0 && expected.Add(e)).ToList();

            distinct.Count.Should().BeGreaterThan(Lexicon.LargestStringSet, "the case must take the packed path");
            lexicon.Entries.Should().Equal(distinct);
            foreach (string word in entries.Concat(entries.Select(e => e.ToLowerInvariant())).Concat(Enumerable.Range(0, 2000).Select(_ => Word())))
            {
                lexicon.Contains(word).Should().Be(expected.Contains(word), word);
                lexicon.Contains(word.AsSpan()).Should().Be(expected.Contains(word), word);
            }
        }
    }
}
