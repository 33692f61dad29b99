using FluentAssertions;
using Knowledge.Ingestion;
using Xunit;

namespace Knowledge.Tests.Ingestion;

public class FrontMatterSpecs
{
    private static FrontMatter Parse(string text, List<Diagnostic>? diagnostics = null) =>
        FrontMatter.Parse(text, "a.md", diagnostics ?? new List<Diagnostic>());

    [Fact]
    public void Reads_flat_keys_quoted_values_and_inline_lists()
    {
        var text = "---\ntitle: \"Court jails recruiter\"\ndate: 2024-02-14\nauthor: 'Lena Ortiz'\ntags: [courts, trafficking]\n---\nBody starts here.\n";
        var fm = Parse(text);

        fm.Present.Should().BeTrue();
        fm.Get("title").Should().Be("Court jails recruiter");
        fm.Get("published", "date").Should().Be("2024-02-14");
        fm.Get("author").Should().Be("Lena Ortiz");
        fm.GetList("tags").Should().Equal("courts", "trafficking");
        text[fm.BodyStart..].Should().Be("Body starts here.\n");
    }

    [Fact]
    public void Reads_dash_lists_under_a_key()
    {
        var fm = Parse("---\ntags:\n  - courts\n  - bills\ntitle: T\n---\nx");
        fm.GetList("tags").Should().Equal("courts", "bills");
        fm.Get("title").Should().Be("T");
    }

    [Fact]
    public void CRLF_front_matter_body_starts_after_the_fence()
    {
        var text = "---\r\ntitle: T\r\n---\r\nBody";
        var fm = Parse(text);
        text[fm.BodyStart..].Should().Be("Body");
    }

    [Fact]
    public void No_fence_means_no_front_matter() =>
        Parse("title: T\n\nBody").Present.Should().BeFalse();

    [Fact]
    public void Unclosed_front_matter_is_a_warning_and_the_text_is_body()
    {
        var diagnostics = new List<Diagnostic>();
        Parse("---\ntitle: T\nBody", diagnostics).Present.Should().BeFalse();
        diagnostics.Should().ContainSingle().Which.Message.Should().Contain("not closed");
    }

    [Fact]
    public void A_line_that_is_not_key_value_is_a_warning_with_its_line()
    {
        var diagnostics = new List<Diagnostic>();
        Parse("---\ntitle: T\njust words\n---\nBody", diagnostics).Get("title").Should().Be("T");
        diagnostics.Should().ContainSingle().Which.Line.Should().Be(3);
    }
}
