using FluentAssertions;
using Knowledge.Extraction.Events;
using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Text;
using Xunit;

namespace Knowledge.Tests.Extraction.Events;

/// <summary>The tokens the event rules read lower-cased, each lowered when first read, are the invariant lower case of the whole text, whatever mix of ASCII and other characters it holds.</summary>
public class LowerCaseTokensSpecs
{
    private static Doc Tokenized(string text) =>
        new Tokenizer(LexiconSet.Default).Process(DocumentTextBuilder.Build(new SourceDocument("lower-sample", text, BodyFormat.PlainText, new DocumentOrigin("lower-sample.txt"))));

    public static TheoryData<string> Samples => new()
    {
        "The River Board MET on Tuesday.",
        "“Ölvir ÅSTRÖM” SIGNED the Ægir Accord — ΣΟΦΙΑ agreed.",
        "Émile and İlkay met 𝐀𝐁 at the Ŋorth Gate.",
        "ÆØÅ",
        "The \U00010400\U00010401 Guild (𐐀𐐁) MET.",
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_token_reads_as_the_invariant_lower_casing_of_the_whole_text(string text)
    {
        var doc = Tokenized(text);
        var whole = doc.Text.ToLowerInvariant();
        doc.Tokens.Length.Should().BePositive();
        using var lower = new LowerCaseTokens(doc);
        // Read from the last token back, and each twice: the order of reading and a second read change nothing.
        for (int i = doc.Tokens.Length - 1; i >= 0; i--)
        {
            var t = doc.Tokens[i];
            lower.Of(i).ToString().Should().Be(whole.Substring(t.Start, t.Length));
            lower.Of(i).ToString().Should().Be(whole.Substring(t.Start, t.Length));
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_lowered_sentence_reads_each_token_as_the_invariant_lower_casing_of_the_whole_text(string text)
    {
        var doc = new SentenceSplitter(LexiconSet.Default).Process(Tokenized(text));
        var whole = doc.Text.ToLowerInvariant();
        doc.Sentences.Length.Should().BePositive();
        using var lower = new LowerCaseTokens(doc);
        for (int s = doc.Sentences.Length - 1; s >= 0; s--)
        {
            lower.LowerSentence(s);
            lower.LowerSentence(s);
            for (int i = doc.Sentences[s].FirstToken; i < doc.Sentences[s].EndToken; i++)
                lower.Read(doc.Tokens[i]).ToString().Should().Be(whole.Substring(doc.Tokens[i].Start, doc.Tokens[i].Length));
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Lowering_runs_of_a_text_gives_its_invariant_lower_casing(string text)
    {
        var lower = new char[text.Length];
        LowerCaseTokens.Lower(text, lower);
        new string(lower).Should().Be(text.ToLowerInvariant());
    }
}
