using System.Text.RegularExpressions;
using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>
/// The frames column of models/speech/speech-verbs.txt decides when a speech verb reports speech: each
/// spec runs the pipeline over lexicons whose speech-verb table is edited, the other files embedded.
/// </summary>
public class SpeechFrameSpecs
{
    private const string SpeechVerbs = "speech/speech-verbs";

    /// <summary>The embedded lexicons with one row of the speech-verb table written anew (or added).</summary>
    private static LexiconSet WithRow(string form, string frames = "")
    {
        var table = LexiconSet.ReadEmbedded(SpeechVerbs);
        var row = frames.Length == 0 ? form : $"{form}\t{frames}";
        var line = new Regex($"^{Regex.Escape(form)}(\\t.*)?$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        var edited = line.IsMatch(table) ? line.Replace(table, row) : table + row + "\n";
        return LexiconSet.Load(name => name == SpeechVerbs ? edited : LexiconSet.ReadEmbedded(name));
    }

    private static List<QuoteMention> Quotes(LexiconSet lexicons, string body, QuoteKind kind) =>
        new KnowledgePipelineBuilder().UseDefaults(lexicons).Build()
            .Process(new SourceDocument("frames", body, BodyFormat.Markdown, new DocumentOrigin("frames.md")) { Published = new DateOnly(2024, 5, 14) })
            .Quotes.Where(q => q.Kind == kind).ToList();

    [Fact]
    public void A_verb_marked_that_clause_reports_only_before_that()
    {
        var lexicons = WithRow("hinted", "that-clause");
        var q = Quotes(lexicons, "Helena Marquez hinted that the ferry service would return to the northern islands by June.", QuoteKind.Indirect).Single();
        q.Text.Should().StartWith("the ferry service would return");
        q.Speaker!.Name.Should().Be("Helena Marquez");
        Quotes(lexicons, "Helena Marquez hinted the ferry service would return to the northern islands by June.", QuoteKind.Indirect).Should().BeEmpty();
    }

    [Fact]
    public void Without_the_that_clause_frame_the_same_verb_reports_without_that()
    {
        const string body = "Rafael Dimaano announced the old stone bridge would reopen to buses before the end of the month.";
        Quotes(LexiconSet.Default, body, QuoteKind.Indirect).Should().BeEmpty("announced is marked that-clause in the embedded table");
        Quotes(WithRow("announced"), body, QuoteKind.Indirect).Should().ContainSingle()
            .Which.Text.Should().StartWith("the old stone bridge would reopen");
    }

    [Fact]
    public void A_verb_marked_quoted_only_attributes_direct_quotes_but_reports_no_indirect_speech()
    {
        var lexicons = WithRow("said", "quoted-only");
        Quotes(lexicons, "Ingrid Castellano said the night market would move to the old pier after the rains.", QuoteKind.Indirect).Should().BeEmpty();
        Quotes(lexicons, "“The night market will move to the old pier after the rains,” said Ingrid Castellano.", QuoteKind.Direct)
            .Single().Speaker!.Name.Should().Be("Ingrid Castellano");
    }

    [Fact]
    public void The_hearer_first_frame_starts_the_content_after_that()
    {
        const string body = "Tomas Reyes told the fishermen that the harbour would stay open through the whole winter.";
        Quotes(LexiconSet.Default, body, QuoteKind.Indirect).Single().Text.Should().StartWith("the harbour would stay open");
        Quotes(WithRow("told"), body, QuoteKind.Indirect).Single().Text.Should().StartWith("the fishermen that the harbour");
    }

    [Fact]
    public void A_verb_marked_preposition_reports_only_before_a_reporting_preposition()
    {
        const string withoutPreposition = "Beatriz Almonte pleaded the case of the island schools before the provincial board.";
        var lexicons = WithRow("pleaded", "preposition");
        Quotes(lexicons, "Beatriz Almonte pleaded for a second clinic in every district of the province.", QuoteKind.Indirect)
            .Single().Text.Should().StartWith("a second clinic in every district");
        Quotes(lexicons, withoutPreposition, QuoteKind.Indirect).Should().BeEmpty();
        Quotes(WithRow("pleaded"), withoutPreposition, QuoteKind.Indirect).Should().ContainSingle("without the frame the verb reports whatever follows it");
    }

    [Fact]
    public void A_phrase_marked_source_after_credits_the_source_that_follows_it()
    {
        var q = Quotes(WithRow("in the words of", "source-after"),
            "In the words of Lucia Fernandes, the lighthouse keepers saved more than forty boats that winter.", QuoteKind.Indirect).Single();
        q.Speaker!.Name.Should().Be("Lucia Fernandes");
        q.Text.Should().StartWith("the lighthouse keepers saved");
        q.AttributionRule.Should().Be("indirect-according-to");
    }

    [Fact]
    public void An_unknown_frame_is_an_error_that_names_the_table_and_the_verb()
    {
        var load = () => WithRow("murmured", "sometimes");
        load.Should().Throw<InvalidOperationException>().WithMessage("*speech/speech-verbs*murmured*sometimes*");
    }
}
