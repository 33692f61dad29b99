using FluentAssertions;
using Knowledge.Export;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Xunit;

namespace Knowledge.Tests.Pipeline;

/// <summary>Documents are analysed in parallel; the graph must not depend on threads, scheduling or input order.</summary>
public class ParallelRunSpecs
{
    private static readonly string[] Given = ["Marisol", "Timoteo", "Lucia", "Anselmo", "Rosario", "Dario"];
    private static readonly string[] Surnames = ["Villanueva", "Okonkwo", "Brandt", "Sandoval", "Kowalczyk", "Ferreira"];

    /// <summary>Invented press items, each naming people who recur across items under shuffled names.</summary>
    private static List<SourceDocument> Corpus()
    {
        var docs = new List<SourceDocument>();
        for (int i = 0; i < 48; i++)
        {
            string a = $"{Given[i % Given.Length]} {Surnames[(i * 5 + 1) % Surnames.Length]}";
            string b = $"{Given[(i + 2) % Given.Length]} {Surnames[(i + 3) % Surnames.Length]}";
            string body =
                $"Atty. {a}, Executive Director of the Harbour Legal Aid Foundation, said on Monday that the Coastal Fisheries Act would be reviewed.\n\n" +
                $"“We will keep working with the families,” said {b}, a spokesperson for the Riverside Workers Union.\n\n" +
                $"{a.Split(' ')[1]} added that the council had approved the plan in March {2015 + i % 8}.";
            docs.Add(new SourceDocument($"item-{i:00}", body, BodyFormat.Markdown, new DocumentOrigin($"items/item-{i:00}.md"))
            {
                Title = $"Union and foundation meet over fisheries law ({i})",
                Published = new DateOnly(2023, 1 + i % 12, 1 + i % 27),
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

    [Fact]
    public void Parallel_and_sequential_runs_give_byte_identical_graphs()
    {
        var pipeline = KnowledgePipeline.CreateDefault();
        var docs = Corpus();
        var sequential = Json(pipeline.Run(docs, maxDegreeOfParallelism: 1));
        var parallel = Json(pipeline.Run(docs, maxDegreeOfParallelism: 8));
        var shuffledOrder = Json(pipeline.Run(docs.Select((d, i) => (d, i)).OrderBy(x => x.i * 17 % docs.Count).Select(x => x.d), maxDegreeOfParallelism: 3));

        sequential.Length.Should().BeGreaterThan(1000, "the invented corpus must give a real graph");
        parallel.Should().Equal(sequential);
        shuffledOrder.Should().Equal(sequential);
    }

    [Fact]
    public void The_documents_come_back_in_id_order_whatever_the_parallelism()
    {
        var docs = Corpus();
        var result = KnowledgePipeline.CreateDefault().Run(Enumerable.Reverse(docs), maxDegreeOfParallelism: 4);
        result.Documents.Select(d => d.Id).Should().Equal(docs.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_run_that_drops_tokens_builds_the_same_graph_from_lighter_documents()
    {
        var pipeline = KnowledgePipeline.CreateDefault();
        var docs = Corpus();
        var full = pipeline.Run(docs);
        var lean = pipeline.Run(docs, keepTokens: false);
        Json(lean).Should().Equal(Json(full));
        lean.Documents.Should().OnlyContain(d => d.Tokens.IsEmpty && d.Sentences.IsEmpty && d.Blocks.IsEmpty);
        lean.Documents.Sum(d => d.Entities.Length).Should().Be(full.Documents.Sum(d => d.Entities.Length)).And.BePositive();
        full.Documents.Should().Contain(d => !d.Tokens.IsEmpty);
    }
}
