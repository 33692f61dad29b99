using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

/// <summary>The capitalised runs of a document's sentences, chunked once a document and asked by sentence.</summary>
public class NameChunkerSpecs
{
    private static readonly LexiconSet Lex = LexiconSet.Default;

    private static List<string> RunsOf(Doc doc)
    {
        var runs = new List<string>();
        foreach (var s in doc.Sentences)
            foreach (var chunk in NameChunker.Chunks(doc, s, Lex))
                runs.Add(doc.Slice(doc.Tokens[chunk.FirstToken].Start, doc.Tokens[chunk.EndToken - 1].End));
        return runs;
    }

    [Fact]
    public void Documents_asked_in_turn_each_get_their_own_runs()
    {
        var first = Analyse.Through<EntityRecognizer>("Mirela Dunca met the Fenwick Canal Trust. Later Oskar Brandt spoke.");
        var second = Analyse.Through<EntityRecognizer>("The Larchmont Ferry Board sat with Agnes Poll on the quay for an hour.");

        var firstRuns = RunsOf(first);
        firstRuns.Should().Contain("Mirela Dunca").And.Contain("Later Oskar Brandt");
        var secondRuns = RunsOf(second);
        secondRuns.Should().Contain("Agnes Poll").And.NotContain("Mirela Dunca");

        RunsOf(first).Should().Equal(firstRuns, "asking for an earlier document again chunks it again, not the later one's runs");
    }
}
