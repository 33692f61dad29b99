using FluentAssertions;
using Knowledge.Export;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Pipeline;

/// <summary>
/// A run over a sequence that is not a list analyses each document as it is read, and a run that drops tokens drops
/// each source's body too: neither changes the graph.
/// </summary>
public class StreamedRunSpecs
{
    private static List<SourceDocument> Corpus()
    {
        var docs = new List<SourceDocument>();
        for (int i = 0; i < 12; i++)
        {
            string body =
                $"Councillor Ysolde Marchetti of the Lakeside Growers Cooperative said on Tuesday that the Orchard Water Act would be amended.\n\n" +
                $"“The wells are running dry,” said Bartholomew Nkemelu, a spokesperson for the Valley Farmhands Union, in item {i}.";
            docs.Add(new SourceDocument($"note-{i:00}", body, BodyFormat.Markdown, new DocumentOrigin("notes.jsonl", i, i + 1))
            {
                Title = $"Growers and farmhands on the water act ({i})",
                Published = new DateOnly(2022, 1 + i % 12, 3),
                Author = "Desk",
                Tags = ["water", "farming"],
            });
        }
        return docs;
    }

    private static byte[] Json(KnowledgeResult result)
    {
        using var stream = new MemoryStream();
        JsonGraphWriter.Write(result.Graph, stream);
        return stream.ToArray();
    }

    /// <summary>Counts the documents that went through the whole analysis (it runs last).</summary>
    private sealed class AnalysedCounter : IDocComponent
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public string Name => "analysed-counter";

        public Doc Process(Doc doc)
        {
            Interlocked.Increment(ref _count);
            return doc;
        }
    }

    [Fact]
    public void A_run_that_drops_tokens_keeps_each_source_without_its_body()
    {
        var docs = Corpus();
        var lean = KnowledgePipeline.CreateDefault().Run(docs, keepTokens: false);

        lean.Documents.Should().OnlyContain(d => d.Source.Body.Length == 0 && d.Text.Length > 0);
        var byId = docs.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var doc in lean.Documents)
        {
            var read = byId[doc.Id];
            doc.Source.Should().Be(read with { Body = "" }, "every field but the body stays");
        }
    }

    [Fact]
    public void A_run_that_keeps_tokens_keeps_each_body()
    {
        var docs = Corpus();
        var full = KnowledgePipeline.CreateDefault().Run(docs);
        full.Documents.Should().OnlyContain(d => ReferenceEquals(d.Source, docs.Single(s => s.Id == d.Id)));
    }

    [Fact]
    public void A_sequence_is_analysed_one_document_at_a_time_as_it_is_read()
    {
        var counter = new AnalysedCounter();
        var pipeline = new KnowledgePipelineBuilder().UseDefaults().Use(counter).Build();
        var analysedWhenRead = new List<int>();
        IEnumerable<SourceDocument> Read()
        {
            foreach (var doc in Corpus())
            {
                analysedWhenRead.Add(counter.Count);
                yield return doc;
            }
        }

        var result = pipeline.Run(Read(), maxDegreeOfParallelism: 1, keepTokens: false);

        analysedWhenRead.Should().Equal(Enumerable.Range(0, 12), "each document is read only once the one before it is analysed");
        result.Documents.Should().HaveCount(12);
    }

    [Fact]
    public void A_streamed_run_gives_the_same_graph_and_documents_as_a_run_over_a_list()
    {
        var pipeline = KnowledgePipeline.CreateDefault();
        var docs = Corpus();
        var listed = pipeline.Run(docs, maxDegreeOfParallelism: 1, keepTokens: false);
        var streamed = pipeline.Run(docs.AsEnumerable().Reverse().Select(d => d), maxDegreeOfParallelism: 3, keepTokens: false);

        Json(streamed).Should().Equal(Json(listed));
        streamed.Documents.Select(d => d.Id).Should().Equal(listed.Documents.Select(d => d.Id));
        streamed.Diagnostics.Should().Equal(listed.Diagnostics);
    }

    [Fact]
    public void A_reader_that_fails_fails_the_run_with_its_own_exception()
    {
        IEnumerable<SourceDocument> Read()
        {
            yield return Corpus()[0];
            throw new IOException("disk gone");
        }

        var run = () => KnowledgePipeline.CreateDefault().Run(Read(), maxDegreeOfParallelism: 2, keepTokens: false);

        run.Should().Throw<IOException>().WithMessage("disk gone");
    }
}
