using System.Collections.Immutable;
using FluentAssertions;
using Knowledge.Resolution;
using Knowledge.Syntax;
using Knowledge.Tests.Store;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Resolution;

/// <summary>
/// Resolution reads its documents from a source, pass by pass, and keeps none past its turn: a store can hand
/// them over one at a time, and the graph is the one the documents in memory give, byte for byte.
/// </summary>
public sealed class StreamedResolutionSpecs
{
    private static readonly ImmutableArray<Doc> Analysed = DefaultPipeline.Run(Corpus, keepTokens: false).Documents;

    /// <summary>Hands out fresh copies of the documents on every pass, as a store does, and records what was asked.</summary>
    private sealed class CopyingSource(ImmutableArray<Doc> docs) : IDocumentSource
    {
        public List<ResolutionPass> Passes { get; } = [];

        public List<WeakReference<Doc>> Handed { get; } = [];

        public int AliveFromEntityPassWhenEdgesBegan { get; private set; } = -1;

        public IEnumerable<Doc> Enumerate(ResolutionPass pass)
        {
            Passes.Add(pass);
            if (pass == ResolutionPass.Edges)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                AliveFromEntityPassWhenEdgesBegan = Handed.Count(w => w.TryGetTarget(out _));
            }
            return Copies(pass);
        }

        private IEnumerable<Doc> Copies(ResolutionPass pass)
        {
            foreach (var doc in docs)
            {
                var copy = doc with { };
                if (pass == ResolutionPass.Entities) Handed.Add(new WeakReference<Doc>(copy));
                yield return copy;
            }
        }
    }

    [Fact]
    public void A_source_read_in_passes_gives_the_graph_of_the_documents_in_memory()
    {
        var source = new CopyingSource(Analysed);

        var streamed = new GraphAssembler(DefaultPipeline.Lexicons).Assemble(source);

        Exports(streamed).ShouldBeIdenticalTo(Exports(new GraphAssembler(DefaultPipeline.Lexicons).Assemble(Analysed)), "the passes read the same documents in the same order");
        source.Passes.Should().Equal(ResolutionPass.Entities, ResolutionPass.Edges);
    }

    [Fact]
    public void No_document_of_the_entity_pass_is_held_while_the_edge_pass_reads()
    {
        var source = new CopyingSource(Analysed);

        new GraphAssembler(DefaultPipeline.Lexicons).Assemble(source);

        source.Handed.Should().HaveCountGreaterThan(5);
        // The last one may linger in a stack slot; the resolver keeps ids, keys and written forms, not documents.
        source.AliveFromEntityPassWhenEdgesBegan.Should().BeInRange(0, 1);
    }

    [Fact]
    public void A_releasing_source_gives_the_same_graph_and_lets_each_document_go_in_the_edge_pass()
    {
        var docs = Analysed.ToArray();
        var source = InMemoryDocumentSource.Releasing(docs, default);

        var graph = new GraphAssembler(DefaultPipeline.Lexicons).Assemble(source);

        Exports(graph).ShouldBeIdenticalTo(Exports(new GraphAssembler(DefaultPipeline.Lexicons).Assemble(Analysed)), "letting the documents go changes nothing the passes read");
        docs.Should().OnlyContain(d => d == null, "the source holds no document once the edge pass has read it");
        source.Invoking(s => s.Enumerate(ResolutionPass.Edges).ToList()).Should().Throw<InvalidOperationException>("the documents are gone");
    }

    [Fact]
    public void A_releasing_source_lets_each_text_go_in_the_entity_pass_and_keeps_its_event_triggers()
    {
        var docs = Analysed.ToArray();
        var source = InMemoryDocumentSource.Releasing(docs, default);

        source.Enumerate(ResolutionPass.Entities).Should().Equal(Analysed, "the entity pass reads the documents whole");

        Analysed.Should().Contain(d => !d.Events.IsEmpty);
        for (int i = 0; i < docs.Length; i++)
        {
            docs[i].Text.Should().BeEmpty("the edge pass does not read the text");
            docs[i].Events.Should().Equal(Analysed[i].Events);
            docs[i].Entities.Should().Equal(Analysed[i].Entities);
            source.TriggersOf(i).Should().Equal(Analysed[i].Events.Select(e => Analysed[i].Slice(e.Trigger.Start, e.Trigger.End)), "what the edge pass would have read of the text");
        }
        source.Invoking(s => s.Enumerate(ResolutionPass.Entities).ToList()).Should().Throw<InvalidOperationException>("the texts are gone");
    }
}
