using System.Text.RegularExpressions;
using FluentAssertions;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Lexicons;

/// <summary>A citation pattern's leading look-behind is tested outside the regular expression, with the same matches.</summary>
public class CitationScannerSpecs
{
    private const string Text =
        "Labor Order No. 12 and xLabor Order No. 13, .Health Order No. 4, Health Order No. 5, series of 2020. "
        + "Under Republic Act No. 11930 (RA 11930) and R.A. 9999, not XRA 1234, nor 5RA 123; RA 12345.\nRA 777";

    [Theory]
    [InlineData(@"(?<![\w.])(?<dept>[A-Z][A-Za-z]+)\s+Order\s+No\.?\s*(?<n>\d{1,4})\b")]
    [InlineData(@"(?<![\w.])(?<dept>[A-Z][A-Za-z]+)\s+Order\s+No\.?\s*(?<n>\d{1,4}),?\s+[sS]eries\s+of\s+(?<y>\d{4})\b")]
    [InlineData(@"(?<![\w.])(?:Republic\s+Act|R\.\s?A\.|RA)\s*(?:(?:No|no|NO|Number)\.?\s*)?(?<n>\d{3,5})\b")]
    [InlineData(@"(?<![a-z])RA\s*(?<n>\d+)")]
    [InlineData(@"(?<![\w.])\d")]
    [InlineData(@"(?<!RA)\s(?<n>\d+)")]
    [InlineData(@"Order\s+No\.\s*(?<n>\d+)")]
    public void The_matches_are_those_of_the_pattern(string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        var expected = regex.Matches(Text).Select(m => (m.Index, m.Length, m.Groups["n"].Value)).ToList();

        var found = new CitationScanner(regex).Matches(Text).Select(m => (m.Index, m.Length, m.Groups["n"].Value)).ToList();

        found.Should().Equal(expected);
    }

    [Fact]
    public void The_packs_text_patterns_run_without_their_look_behind()
    {
        var text = LexiconSet.Default.Laws.Citations.Where(c => c.Source == LawCitationSource.Text).ToList();

        text.Where(c => c.Pattern.ToString().StartsWith(@"(?<![\w.])", StringComparison.Ordinal))
            .Should().NotBeEmpty().And.OnlyContain(c => c.Scanner.SplitsLookbehind);
    }

    [Theory]
    [InlineData(@"(?<!RA)\s(?<n>\d+)")]
    [InlineData(@"(?<![[a-z]])x")]
    [InlineData(@"(?<![\w.])\G\d")]
    public void Other_look_behinds_are_left_in_the_pattern(string pattern) =>
        new CitationScanner(new Regex(pattern)).SplitsLookbehind.Should().BeFalse();

    public static TheoryData<int> PackTextPatterns()
    {
        var data = new TheoryData<int>();
        var count = LexiconSet.Default.Laws.Citations.Count(c => c.Source == LawCitationSource.Text);
        for (int i = 0; i < count; i++) data.Add(i);
        return data;
    }

    /// <summary>
    /// Without its look-behind a pattern is tried at every position of a long run of the characters it opens with,
    /// each try reading to the end of the run: square time, where the look-behind would have failed at once. A text that
    /// holds the pattern's literals (so the scanner does run it) and such a run must still be scanned without a timeout.
    /// </summary>
    [Theory]
    [MemberData(nameof(PackTextPatterns))]
    public void A_pack_pattern_scans_long_runs_holding_its_literals_in_linear_time(int index)
    {
        var citation = LexiconSet.Default.Laws.Citations.Where(c => c.Source == LawCitationSource.Text).ElementAt(index);
        var literals = string.Join(" ", RequiredLiterals.Of(citation.Pattern).Sets.Select(set => set[0]));
        var scanner = new CitationScanner(citation.Pattern);
        foreach (var run in new[] { "A", "Ab", "AB", "a", "1", "A.", "A-" })
        {
            var text = literals + " " + string.Concat(Enumerable.Repeat(run, 100_000 / run.Length)) + "!";
            var scan = () => scanner.Matches(text).Count();
            scan.Should().NotThrow<RegexMatchTimeoutException>($"/{citation.Pattern}/ on a run of \"{run}\"");
        }
    }
}

/// <summary>The characters of a look-behind's class, and the long runs of them that make a scanner keep the look-behind.</summary>
public class LookbehindClassSpecs
{
    private static readonly LookbehindClass WordOrDot = LookbehindClass.Of(@"\w.", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    [Theory]
    [InlineData('a', true)]
    [InlineData('Z', true)]
    [InlineData('7', true)]
    [InlineData('_', true)]
    [InlineData('.', true)]
    [InlineData('é', true)]
    [InlineData('ß', true)]
    [InlineData(' ', false)]
    [InlineData('-', false)]
    [InlineData('(', false)]
    [InlineData('\u2019', false)]
    public void Its_characters_are_those_the_regular_expression_engine_reads_in_the_class(char c, bool member) =>
        WordOrDot.Contains(c).Should().Be(member).And.Be(Regex.IsMatch(c.ToString(), @"\A[\w.]\z"));

    [Fact]
    public void A_run_of_the_long_run_length_is_long_and_one_shorter_is_not()
    {
        string atLength = "x " + new string('A', LookbehindClass.LongRun) + " y";
        string shorter = "x " + new string('A', LookbehindClass.LongRun - 1) + " y";

        WordOrDot.HasLongRun(atLength).Should().BeTrue();
        WordOrDot.HasLongRun(shorter).Should().BeFalse();
    }

    [Fact]
    public void The_answer_kept_for_the_next_pattern_does_not_keep_the_text_alive()
    {
        var asked = AskAboutANewText();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        asked.TryGetTarget(out _).Should().BeFalse("a document's text goes when the document does, whatever the scanner asked of it");
    }

    // The text is made here, not by the caller: unoptimised code may keep a caller's temporary alive to its end.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference<string> AskAboutANewText()
    {
        string text = new string('A', LookbehindClass.LongRun) + " and more";
        WordOrDot.HasLongRun(text).Should().BeTrue();
        WordOrDot.HasLongRun(text).Should().BeTrue("asked again of the same text");
        return new WeakReference<string>(text);
    }

    [Fact]
    public void Long_runs_are_found_wherever_they_lie_as_a_walk_over_every_character_finds_them()
    {
        var random = new Random(64);
        // Members (ASCII and not), and characters that end a run (ASCII and not).
        char[] members = ['a', 'Z', '7', '_', '.', 'é', 'ß', '\u0301'];
        char[] others = [' ', '-', '\n', '’', '\u00A0'];
        for (int round = 0; round < 3000; round++)
        {
            int length = random.Next(0, 300);
            var chars = new char[length];
            // Runs of members of random lengths around the long-run length, split by single other characters.
            for (int i = 0; i < length;)
            {
                int run = random.Next(0, 2) == 0 ? random.Next(0, 12) : random.Next(LookbehindClass.LongRun - 3, LookbehindClass.LongRun + 3);
                for (int k = 0; k < run && i < length; k++) chars[i++] = members[random.Next(members.Length)];
                if (i < length) chars[i++] = others[random.Next(others.Length)];
            }
            string text = new(chars);
            int longest = 0, current = 0;
            foreach (char c in text) longest = Math.Max(longest, current = WordOrDot.Contains(c) ? current + 1 : 0);

            WordOrDot.HasLongRun(text).Should().Be(longest >= LookbehindClass.LongRun, "the longest run is {0} in \"{1}\"", longest, text);
        }
    }

    [Fact]
    public void A_character_outside_the_class_ends_a_run()
    {
        string split = new string('a', LookbehindClass.LongRun - 1) + "-" + new string('b', LookbehindClass.LongRun - 1);
        string joined = new string('a', LookbehindClass.LongRun - 1) + "." + new string('b', LookbehindClass.LongRun - 1);

        WordOrDot.HasLongRun(split).Should().BeFalse();
        WordOrDot.HasLongRun(joined).Should().BeTrue("the dot is in the class");
    }

    [Theory]
    [InlineData(@"(?<![\w.])(?<dept>[A-Z][A-Za-z]+)\s+Order\s+No\.?\s*(?<n>\d{1,4})\b")]
    [InlineData(@"(?<![\w.])(?:Republic\s+Act|R\.\s?A\.|RA)\s*(?:(?:No|no|NO|Number)\.?\s*)?(?<n>\d{3,5})\b")]
    public void A_text_with_a_long_run_gives_the_patterns_matches_too(string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        string text = "Labor Order No. 12, xLabor Order No. 13 and RA 11930; " + new string('Q', 500) + " Health Order No. 4, XRA 1234, RA 9999.";
        WordOrDot.HasLongRun(text).Should().BeTrue();
        var expected = regex.Matches(text).Select(m => (m.Index, m.Length, m.Groups["n"].Value)).ToList();

        var found = new CitationScanner(regex).Matches(text).Select(m => (m.Index, m.Length, m.Groups["n"].Value)).ToList();

        found.Should().Equal(expected).And.NotBeEmpty();
    }
}
