using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FluentAssertions;
using Knowledge.Extraction.Relations;
using Knowledge.Extraction.Roles;
using Knowledge.Lexicons;
using Knowledge.Ingestion;
using Knowledge.Syntax;
using Knowledge.Text;
using Xunit;

namespace Knowledge.Tests.Extraction.Relations;

/// <summary>
/// The span readers that replaced per-word strings (issue 18) give what the string code gave: the words between two
/// names, the lower-case test, the unit-head test, and the mention found at an offset.
/// </summary>
public class RelationTextReadingSpecs
{
    private static readonly string[] Texts =
    [
        "", " ", " , ", " is a founding member of the ", ", a division of ", " amends ",
        " (S. 410) amends ", " – ", " ½ ", " ² of ", "O’Brien's 3rd-term, 12,000", " ÉCOLE Ünïon İstanbul ",
        "\tand\nthe\u00a0", " a-b '' x'y ", " said: ", " “ ", "Σίσυφος ΣΊΣΥΦΟΣ",
    ];

    /// <summary>What RelationCues.Words gave: the regex's matches lower-cased, or null at a mark other than a comma.</summary>
    private static List<string>? OldWords(string text)
    {
        var words = new List<string>();
        foreach (Match m in RelationCues.Word().Matches(text))
        {
            var w = m.Value;
            if (w.Length == 1 && !char.IsLetterOrDigit(w[0]) && w != ",") return null;
            words.Add(w.ToLowerInvariant());
        }
        return words;
    }

    [Fact]
    public void Cue_words_read_the_words_the_word_pattern_matches_in_lower_case_and_refuse_other_marks()
    {
        var words = new CueWords();
        foreach (var text in Texts)
        {
            var expected = OldWords(text);
            bool read = words.Read(text);
            read.Should().Be(expected is not null, text);
            if (expected is null) continue;
            Enumerable.Range(0, words.Count).Select(i => words[i].ToString()).Should().Equal(expected, text);
        }
    }

    [Fact]
    public void Cue_words_appended_after_a_comma_read_as_the_text_with_a_comma_between()
    {
        var words = new CueWords();
        words.Read("X is");
        words.AppendComma();
        words.Append(" a Member of ").Should().BeTrue();
        Enumerable.Range(0, words.Count).Select(i => words[i].ToString()).Should().Equal(OldWords("X is, a Member of "));
        words.IsComma(2).Should().BeTrue();
        words.IsComma(1).Should().BeFalse();
    }

    [Fact]
    public void The_lower_case_test_agrees_with_comparing_to_the_invariant_lower_case()
    {
        foreach (var w in new[] { "of", "Of", "the", "İ", "ß", "\U00010400", "\U00010428", "ǅ", "x-y", "" })
            RelationText.IsLower(w).Should().Be(w == w.ToLowerInvariant(), w);
    }

    [Fact]
    public void A_unit_head_is_found_with_any_spacing_between_the_words()
    {
        var heads = LexiconSet.Default.Organizations.Units;
        foreach (var name in new[] { "Fraud Division", "Harbor  Task   Force", "Task Force", " Task Force ", "task force", "Harbor Police" })
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            bool expected = Enumerable.Range(0, words.Length).Any(i => char.IsUpper(words[i][0])
                && (heads.Contains(words[i]) || (i + 1 < words.Length && heads.Contains(words[i] + " " + words[i + 1]))));
            UnitNames.HasUnitHead(name, heads).Should().Be(expected, name);
        }
    }

    [Fact]
    public void The_mention_at_an_offset_is_the_first_covering_one_as_a_walk_of_the_list_finds_it()
    {
        const string text = "Ana Cruz of the Harbor Police Fraud Division met the Council on Floods today.";
        var doc = new Tokenizer(LexiconSet.Default).Process(DocumentTextBuilder.Build(
            new SourceDocument("mentions", text, BodyFormat.PlainText, new DocumentOrigin("mentions.txt"))));
        EntityMention M(EntityType type, int start, int end) => new(type, start, end, text[start..end], "test");
        var sorted = ImmutableArray.Create(M(EntityType.Person, 0, 8), M(EntityType.Organization, 16, 44),
            M(EntityType.Organization, 16, 29), M(EntityType.Organization, 30, 44), M(EntityType.Organization, 53, 69), M(EntityType.Place, 64, 69));
        var unsorted = ImmutableArray.Create(sorted[3], sorted[0], sorted[5], sorted[1]);
        foreach (var entities in new[] { sorted, unsorted, ImmutableArray<EntityMention>.Empty })
        {
            var withEntities = doc with { Entities = entities };
            for (int offset = 0; offset <= text.Length; offset++)
            {
                EntityMention? expected = null;
                foreach (var e in entities)
                {
                    if (e.Start > offset) break;
                    if (offset < e.End) { expected = e; break; }
                }
                RoleRecognizer.MentionAt(withEntities, offset).Should().BeSameAs(expected, $"offset {offset}");
            }
        }
    }
}
