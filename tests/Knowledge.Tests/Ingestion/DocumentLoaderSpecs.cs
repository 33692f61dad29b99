using System.Collections.Immutable;
using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Tests.Support;
using Xunit;

namespace Knowledge.Tests.Ingestion;

public sealed class DocumentLoaderSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Samples_read_in_every_shape_without_problems()
    {
        var result = DocumentLoader.Load([TestPaths.Samples]);

        result.Diagnostics.Should().BeEmpty();
        result.Documents.Select(d => Path.GetFileName(d.Origin.Path)).Distinct().Should().Equal(
            "articles.jsonl", "feature.md", "flat-array.json", "press-release.txt", "records.json");
        result.Documents.Should().HaveCount(9);
        result.Documents.Should().OnlyContain(d => d.Published != null && d.Title != null && d.Body.Length > 0);

        var release = result.Documents.Single(d => d.Id == "press-release");
        release.Published.Should().Be(new DateOnly(2024, 8, 19));
        release.Title.Should().Be("Harbor Light Alliance welcomes passage of the Safe Harbor Act");

        var feature = result.Documents.Single(d => d.Id == "back-on-shore");
        feature.Format.Should().Be(BodyFormat.Markdown);
        feature.Tags.Should().Equal("survivors", "feature");
        feature.Body.Should().StartWith("\nEduardo Lim");

        var withTab = result.Documents.Single(d => d.Id == "river-valley-court-sentences-recruiter");
        withTab.Body.Should().Contain("\t", "the sample keeps a raw tab to prove the lenient reader");
        withTab.Tags.Should().Equal("courts", "labor trafficking");
        result.Documents.Single(d => d.Id == "senate-panel-backs-safe-harbor-bill").Published.Should().Be(new DateOnly(2024, 4, 2));
    }

    [Fact]
    public void Tags_come_from_both_tag_fields_each_once_in_the_order_first_met_without_blanks()
    {
        var path = _dir.Write("tags.json", """
            [{"id":"a","text":"Alpha.","tag":["ports"," ","audits"],"tags":["audits","fisheries","ports"]},
             {"id":"b","text":"Beta."}]
            """);

        var docs = DocumentLoader.Load([path]).Documents;

        docs[0].Tags.Should().Equal("ports", "audits", "fisheries");
        docs[1].Tags.Should().BeEmpty();
    }

    [Fact]
    public void Flat_records_take_id_title_text_and_any_date_name()
    {
        var path = _dir.Write("flat.json", """
            [{"id":"a","title":"A","text":"Alpha.","date":"2024-01-02","author":["Ana Cruz","Ben Uy"],"tags":"x"},
             {"slug":"b","title":"B","text":"Beta.","published":"2024-01-03T10:00:00+08:00"},
             {"title":"C","text":"Gamma.","publishedDate":"March 4, 2024","description":"D","imageCaption":"I"}]
            """);

        var docs = DocumentLoader.Load([path]).Documents;

        docs.Select(d => d.Id).Should().Equal("a", "b", "flat#2");
        docs.Select(d => d.Published).Should().Equal(new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3), new DateOnly(2024, 3, 4));
        docs[0].Author.Should().Be("Ana Cruz, Ben Uy");
        docs[0].Tags.Should().Equal("x");
        docs[2].Description.Should().Be("D");
        docs[2].ImageCaption.Should().Be("I");
        docs.Should().OnlyContain(d => d.Format == BodyFormat.Markdown);
    }

    [Fact]
    public void Records_export_without_slug_uses_the_record_id()
    {
        var path = _dir.Write("r.json", """{"records":[{"id":"rec42","fields":{"title":"T","text":"x"}}]}""");
        DocumentLoader.Load([path]).Documents.Single().Id.Should().Be("rec42");
    }

    [Fact]
    public void A_single_object_is_one_record()
    {
        var path = _dir.Write("one.json", """{"id":"solo","title":"Solo","text":"Alone."}""");
        var doc = DocumentLoader.Load([path]).Documents.Single();
        (doc.Id, doc.Origin.RecordIndex).Should().Be(("solo", 0));
    }

    [Fact]
    public void Bad_date_is_a_warning_and_the_record_is_kept()
    {
        var path = _dir.Write("d.json", """[{"id":"a","text":"x","date":"sometime soon"}]""");
        var result = DocumentLoader.Load([path]);
        result.Documents.Single().Published.Should().BeNull();
        var warning = result.Diagnostics.Should().ContainSingle().Subject;
        (warning.Severity, warning.Path, warning.RecordIndex).Should().Be((DiagnosticSeverity.Warning, path, 0));
        warning.Message.Should().Contain("sometime soon");
    }

    [Fact]
    public void Duplicate_ids_across_inputs_are_suffixed_with_a_warning()
    {
        var a = _dir.Write("a.json", """[{"id":"same","text":"1"},{"id":"same","text":"2"}]""");
        var b = _dir.Write("same.txt", "Headline\n\nBody.");

        var result = DocumentLoader.Load([a, b]);

        result.Documents.Select(d => d.Id).Should().Equal("same", "same~2", "same~3");
        result.Diagnostics.Should().HaveCount(2).And.OnlyContain(d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("duplicate"));
        result.Diagnostics[1].Path.Should().Be(b);
    }

    [Fact]
    public void Standard_input_is_sniffed_as_plain_text_or_json()
    {
        var text = DocumentLoader.Load(["-"], new StringReader("Bridge reopens\n\nMANILA (Sept. 7, 2023) – The mayor said so.")).Documents.Single();
        (text.Id, text.Format, text.Origin.Path, text.Title, text.Published).Should().Be(
            ("stdin", BodyFormat.PlainText, "-", "Bridge reopens", new DateOnly(2023, 9, 7)));

        var json = DocumentLoader.Load(["-"], new StringReader("""[{"title":"T","text":"x"}]""")).Documents.Single();
        (json.Id, json.Format).Should().Be(("stdin#0", BodyFormat.Markdown));

        var lines = DocumentLoader.Load(["-"], new StringReader("{\"id\":\"l1\",\"text\":\"a\"}\n{\"id\":\"l2\",\"text\":\"b\"}\n")).Documents;
        lines.Select(d => d.Id).Should().Equal("l1", "l2");
    }

    [Fact]
    public void Explicit_file_with_unknown_extension_is_sniffed_but_ignored_in_a_directory()
    {
        var dat = _dir.Write("feed.dat", """{"records":[{"fields":{"slug":"from-dat","text":"x"}}]}""");
        var log = _dir.Write("notes.log", "Plain notes\n\nHello.");

        DocumentLoader.Load([dat, log]).Documents.Select(d => (d.Id, d.Format)).Should().Equal(
            ("from-dat", BodyFormat.Markdown), ("notes", BodyFormat.PlainText));
        DocumentLoader.Load([_dir.Path]).Documents.Should().BeEmpty();
    }

    [Fact]
    public void Text_front_matter_gives_fields_and_the_body_follows_it()
    {
        var path = _dir.Write("fm.txt", "---\ntitle: Bill filed\npublished: 2024-05-06\nauthor: Ana Cruz\nid: bill-filed\ntags: [bills]\n---\nSenator X filed a bill.\n");
        var doc = DocumentLoader.Load([path]).Documents.Single();
        (doc.Id, doc.Title, doc.Author, doc.Published, doc.Format, doc.Body).Should().Be(
            ("bill-filed", "Bill filed", "Ana Cruz", new DateOnly(2024, 5, 6), BodyFormat.PlainText, "Senator X filed a bill.\n"));
        doc.Tags.Should().Equal(ImmutableArray.Create("bills"));
    }

    [Fact]
    public void Markdown_heading_becomes_the_title_when_there_is_no_front_matter()
    {
        var path = _dir.Write("h.markdown", "# Court jails recruiter\n\nPublished: 2024-02-01\n\nText.");
        var doc = DocumentLoader.Load([path]).Documents.Single();
        (doc.Title, doc.Published, doc.Format).Should().Be(("Court jails recruiter", new DateOnly(2024, 2, 1), BodyFormat.Markdown));
    }

    [Fact]
    public void Loading_is_deterministic()
    {
        var first = DocumentLoader.Load([TestPaths.Samples]);
        var second = DocumentLoader.Load([TestPaths.Samples]);
        second.Documents.Should().Equal(first.Documents, (x, y) => x.Id == y.Id && x.Body == y.Body && x.Origin == y.Origin);
    }
}
