using FluentAssertions;
using Knowledge.Extraction.Events;
using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Text;
using Xunit;

namespace Knowledge.Tests.Extraction.Events;

/// <summary>The lower-cased text the event rules read is the invariant lower case of the whole text, whatever mix of ASCII and other characters it holds.</summary>
public class EventSentenceLowerCaseSpecs
{
    private static Doc Tokenized(string text) =>
        new Tokenizer(LexiconSet.Default).Process(DocumentTextBuilder.Build(new SourceDocument("lower-sample", text, BodyFormat.PlainText, new DocumentOrigin("lower-sample.txt"))));

    [Theory]
    [InlineData("The River Board MET on Tuesday.")]
    [InlineData("“Ölvir ÅSTRÖM” SIGNED the Ægir Accord — ΣΟΦΙΑ agreed.")]
    [InlineData("Émile and İlkay met 𝐀𝐁 at the Ŋorth Gate.")]
    [InlineData("ÆØÅ")]
    public void Lowers_as_invariant_lower_casing_of_the_whole_text(string text)
    {
        var doc = Tokenized(text);
        var lower = EventSentence.LowerCase(doc);
        try
        {
            new string(lower, 0, doc.Text.Length).Should().Be(doc.Text.ToLowerInvariant());
        }
        finally
        {
            EventSentence.Return(lower);
        }
    }
}
