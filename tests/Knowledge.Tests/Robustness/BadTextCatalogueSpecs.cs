using System.Diagnostics;
using System.Text;
using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Syntax;
using Knowledge.Tests.Ingestion;
using Xunit;
using static Knowledge.Tests.Robustness.RobustRun;

namespace Knowledge.Tests.Robustness;

/// <summary>
/// The catalogue of bad text (issue 8), the half of the bad-input catalogue that reaches analysis: deep
/// Markdown, unbalanced quotation marks, an endless sentence, every script, a component that throws. Each is
/// analysed without a crash, reported with its file, record and position, and the good records around it are
/// kept. All text is invented.
/// </summary>
public sealed class BadTextCatalogueSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string GoodBefore = "The harbour board said the pier will reopen.";
    private const string GoodAfter = "Councillor Ilse Varga said the ferry resumes in May.";

    [Theory]
    [InlineData("quotes", 5_000, ">")]
    [InlineData("list", 400, "-")]
    [InlineData("emphasis", 50_000, "*")]
    [InlineData("brackets", 50_000, "[")]
    public void Deep_markdown_nesting_is_read_with_a_warning_and_keeps_its_neighbours(string kind, int depth, string mark)
    {
        string body = kind switch
        {
            "list" => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- Ada Brandt said so.\\n")),
            "emphasis" => new string('*', depth) + "Ada Brandt said so." + new string('*', depth),
            "brackets" => string.Concat(Enumerable.Repeat(mark, depth)) + "Ada Brandt said so." + new string(']', depth),
            _ => string.Concat(Enumerable.Repeat(mark, depth)) + " Ada Brandt said so.",
        };
        var path = _dir.Write("deep.json", RecordsExport(Record("before", GoodBefore), Record("deep", body), Record("after", GoodAfter)));

        var load = DocumentLoader.Load([path]);
        load.Diagnostics.Should().BeEmpty();
        var result = Analyse(load.Documents);

        result.Documents.Select(d => d.Id).Should().Equal("after", "before", "deep");
        result.Documents[2].Text.Should().Contain("Ada Brandt said so");
        if (kind == "emphasis")
        {
            result.Diagnostics.Should().BeEmpty("Markdig reads deep emphasis; only its walk had to stop recursing");
        }
        else
        {
            var warning = result.Diagnostics.Should().ContainSingle().Subject;
            (warning.Severity, warning.Path, warning.RecordIndex, warning.Line).Should().Be((DiagnosticSeverity.Warning, path, 1, 3));
            warning.Message.Should().Contain("nested too deeply").And.Contain("\"deep\"");
        }
        result.Documents[0].Entities.Should().Contain(e => e.Name == "Ilse Varga", "the good record after the deep one is analysed as usual");
    }

    [Fact]
    public void Unbalanced_quotation_marks_do_not_swallow_the_quotes_after_them()
    {
        var text = "Stray marks \" and \u201D and \u2018 and \u00AB here.\n\n\u201CWe have fixed the lock and the canal reopens next week,\u201D said Councillor Ilse Varga.\n\n"
            + "\"Half \u201D mixed \u201C marks \" everywhere \u2019.\n\n\"The canal is open again and the barges can pass through it,\" said Mayor Tomas Linde.";
        var doc = Analyse([new SourceDocument("marks", text, BodyFormat.Markdown, new DocumentOrigin("marks.md"))]).Documents.Single();

        doc.Quotes.Select(q => q.Text).Should().Contain("We have fixed the lock and the canal reopens next week").And.Contain("The canal is open again and the barges can pass through it");
    }

    [Fact]
    public void A_quote_that_never_closes_stays_in_its_paragraph()
    {
        var open = "Ada Brandt said: \u201C" + string.Concat(Enumerable.Repeat("We will widen the towpath. ", 2_000));
        var text = open + "\n\n\u201CWe have fixed the lock and the canal reopens next week,\u201D said Councillor Ilse Varga.\n\n\"Never closed, said Ruth Okafor.";
        var doc = Analyse([new SourceDocument("open", text, BodyFormat.PlainText, new DocumentOrigin("open.txt"))]).Documents.Single();

        doc.Quotes.Should().Contain(q => q.Text == "We have fixed the lock and the canal reopens next week");
        foreach (var q in doc.Quotes)
            foreach (var (start, end) in q.Spans)
                doc.SentenceIndexAt(start).Should().BeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public void Sentence_of_100000_tokens_is_analysed_in_bounded_time()
    {
        var words = string.Concat(Enumerable.Repeat("the pier board said that the tide and the wind ", 10_000));
        var names = string.Concat(Enumerable.Range(0, 300).Select(i => $"Ilse Varga{i % 7} of the Harbour Trust, "));
        var text = "Ada Brandt said " + words + names + "and so on.";

        var sw = Stopwatch.StartNew();
        var doc = Analyse([new SourceDocument("long", text, BodyFormat.PlainText, new DocumentOrigin("long.txt"))]).Documents.Single();

        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
        doc.Tokens.Length.Should().BeGreaterThan(100_000);
        doc.Sentences.Should().ContainSingle();
        doc.Entities.Should().Contain(e => e.Name == "Ada Brandt");
    }

    [Fact]
    public void Names_in_every_script_survive_analysis_and_export()
    {
        string[] names =
        [
            "Zoë Ångström", "Łukasz Żółć", "Ιωάννα Παπαδοπούλου", "Анна Кузнецова", "Արամ Սարգսյան", "ნინო ბერიძე",
            "יעל כהן", "ليلى حداد", "زهرا احمدی", "अनिका शर्मा", "অনন্যা রায়", "ਹਰਪ੍ਰੀਤ ਕੌਰ", "தமிழ் செல்வி", "శ్రీ లక్ష్మి",
            "ศิริพร ใจดี", "ພອນ ສີ", "ဇော် ဝင်း", "ស្រី ពៅ", "王小明", "さくら 田中", "김민지", "Ṭāriq Ḥasan", "Ngô Bảo Châu",
            "Ọlá Adébáyọ̀", "ᏌᏊ ᎠᏂ", "ᠪᠠᠲᠤ", "𐌰𐌻𐍆", "𝔄𝔡𝔞 𝔅𝔯𝔞𝔫𝔡𝔱", "👩‍🔬 Lab", "Ma\u0301ria Jose\u0301",
        ];
        var text = string.Join("\n\n", names.Select(n => $"{n} said the ferry resumes. Director {n} of the Harbour Trust, \u201CWe agree,\u201D said {n}."));
        var result = Analyse([new SourceDocument("scripts", text, BodyFormat.Markdown, new DocumentOrigin("scripts.md")) { Title = string.Join(", ", names) }]);

        var doc = result.Documents.Single();
        foreach (var e in doc.Entities)
            doc.Text.Should().Contain(e.Name.Split(' ')[0], "entity names come from the text");
        result.Graph.Nodes.Should().NotBeEmpty();
    }

    [Fact]
    public void A_document_that_breaks_a_component_is_reported_and_the_others_are_kept()
    {
        var pipeline = new Knowledge.Pipeline.KnowledgePipelineBuilder().UseDefaults().Use(new ThrowsOn("poison")).Build();
        var docs = new[] { "good", "poison", "fine" }.Select((id, i) =>
            new SourceDocument(id, GoodAfter, BodyFormat.PlainText, new DocumentOrigin("feed.jsonl", i, i + 1))).ToList();

        var result = pipeline.Run(docs);

        result.Documents.Select(d => (d.Id, d.Tokens.IsEmpty)).Should().Equal(("fine", false), ("good", false), ("poison", true));
        var error = result.Diagnostics.Should().ContainSingle().Subject;
        (error.Severity, error.Path, error.RecordIndex, error.Line).Should().Be((DiagnosticSeverity.Error, "feed.jsonl", 1, 2));
        error.Message.Should().Contain("poison").And.Contain("boom");
        result.Graph.Nodes.Should().Contain(n => n.Label == "Ilse Varga");
    }

    private sealed class ThrowsOn(string id) : Knowledge.Pipeline.IDocComponent
    {
        public string Name => "throws";

        public Knowledge.Syntax.Doc Process(Knowledge.Syntax.Doc doc) => doc.Id == id ? throw new InvalidOperationException("boom") : doc;
    }
}
