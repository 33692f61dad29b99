using System.Text.RegularExpressions;
using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Tests.Support;

namespace Knowledge.Tests.Ingestion;

public class CorpusLoadingSpecs
{
    private static readonly string Articles = Path.Combine(TestPaths.CorpusDir, "ijm-articles.json");
    private static readonly string PressRelease = Path.Combine(TestPaths.CorpusDir, "scale-of-harm-press-release.txt");

    [RequiresSharedFact]
    public void Corpus_folder_reads_sixteen_documents_without_errors()
    {
        var result = DocumentLoader.Load([TestPaths.CorpusDir]);

        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        result.Documents.Should().HaveCount(16);
        result.Documents.Select(d => d.Id).Should().OnlyHaveUniqueItems();
    }

    [RequiresSharedFact]
    public void Press_release_has_its_headline_and_embargo_date()
    {
        var doc = DocumentLoader.Load([PressRelease]).Documents.Should().ContainSingle().Subject;

        doc.Id.Should().Be("scale-of-harm-press-release");
        doc.Published.Should().Be(new DateOnly(2023, 9, 7));
        doc.Format.Should().Be(BodyFormat.PlainText);
        doc.Title.Should().NotBeNullOrWhiteSpace();
        doc.Title.Should().NotContainEquivalentOf("press release").And.NotContainEquivalentOf("to be released");
        doc.Title!.Length.Should().BeLessThan(200);
        doc.Body.Should().Be(File.ReadAllText(PressRelease).TrimStart('\uFEFF'), "the body is the whole file so offsets are file offsets");
    }

    [RequiresSharedFact]
    public void Every_record_keeps_its_slug_and_published_date()
    {
        var raw = File.ReadAllText(Articles);
        var slugs = Regex.Matches(raw, "\"slug\"\\s*:\\s*\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        var dates = Regex.Matches(raw, "\"publishedDate\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})").Select(m => DateOnly.Parse(m.Groups[1].Value)).ToList();

        var result = DocumentLoader.Load([Articles]);

        result.HasErrors.Should().BeFalse();
        slugs.Should().HaveCount(15);
        result.Documents.Select(d => d.Id).Should().Equal(slugs);
        result.Documents.Select(d => d.Published).Should().Equal(dates.Select(d => (DateOnly?)d));
        result.Documents.Should().OnlyContain(d => d.Format == BodyFormat.Markdown && d.Body.Length > 0 && d.Title != null);
        result.Documents.Select(d => d.Origin.RecordIndex).Should().Equal(Enumerable.Range(0, 15).Select(i => (int?)i));
    }
}
