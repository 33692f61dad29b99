using FluentAssertions;
using Knowledge.Ingestion;
using Xunit;

namespace Knowledge.Tests.Ingestion;

public sealed class GlobPatternSpecs
{
    [Theory]
    [InlineData("*.md", "notes.md", true)]
    [InlineData("*.md", "drafts/notes.md", false)]
    [InlineData("*.md", "notes.mdx", false)]
    [InlineData("drafts/*", "drafts/a.txt", true)]
    [InlineData("drafts/*", "drafts/old/a.txt", false)]
    [InlineData("drafts/**", "drafts/old/a.txt", true)]
    [InlineData("drafts/**", "drafts/", true)]
    [InlineData("drafts/**", "other/drafts/a.txt", false)]
    [InlineData("**/drafts/**", "other/drafts/a.txt", true)]
    [InlineData("**/drafts/**", "drafts/a.txt", true)]
    [InlineData("**/*.json", "records.json", true)]
    [InlineData("**/*.json", "a/b/records.json", true)]
    [InlineData("a**z", "a/b/z", true)]
    [InlineData("file?.txt", "file1.txt", true)]
    [InlineData("file?.txt", "file12.txt", false)]
    [InlineData("a?b", "a/b", false)]
    [InlineData("(x)+[y].txt", "(x)+[y].txt", true)]
    [InlineData("(x)+[y].txt", "xx[y].txt", false)]
    public void Matches_the_whole_path_with_star_double_star_and_question_mark(string pattern, string path, bool expected)
    {
        GlobPattern.Parse(pattern).IsMatch(path).Should().Be(expected);
    }

    [Fact]
    public void Matching_is_ordinal_so_case_counts()
    {
        GlobPattern.Parse("Drafts/**").IsMatch("drafts/a.txt").Should().BeFalse();
        GlobPattern.Parse("*.MD").IsMatch("a.md").Should().BeFalse();
    }

    [Fact]
    public void Backslashes_and_a_leading_dot_slash_read_as_forward_paths()
    {
        GlobPattern.Parse("./drafts/**").IsMatch("drafts/a.txt").Should().BeTrue();
        GlobPattern.Parse("drafts\\*").IsMatch("drafts/a.txt").Should().BeTrue();
        GlobPattern.Parse("drafts/*").IsMatch("drafts\\a.txt").Should().BeTrue();
    }

    [Fact]
    public void An_empty_pattern_is_refused_and_the_text_is_kept()
    {
        FluentActions.Invoking(() => GlobPattern.Parse(" ")).Should().Throw<ArgumentException>();
        GlobPattern.Parse("drafts/**").Text.Should().Be("drafts/**");
    }
}
