using FluentAssertions;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Pipeline;

/// <summary>
/// The curation format: "merge TYPE: A | B" and "split TYPE: NAME @ DOC, DOC", one rule a line, '#' comments;
/// a bad rule is an error naming the file, line and column.
/// </summary>
public class EntityCurationSpecs
{
    [Fact]
    public void Merges_and_splits_are_read_with_their_lines()
    {
        var curation = EntityCuration.Parse("# people\nmerge person: Tom Ardent | Thomas Ardent Jr.\n\nsplit Person: Lena Ostrow @ harbor-b, harbor-a\n", "c.txt");
        curation.Merges.Should().ContainSingle().Which.Should().BeEquivalentTo(new CurationMerge(EntityType.Person, ["Tom Ardent", "Thomas Ardent Jr."], 2));
        curation.Splits.Should().ContainSingle().Which.Should().BeEquivalentTo(new CurationSplit(EntityType.Person, "Lena Ostrow", ["harbor-a", "harbor-b"], 4));
    }

    [Theory]
    [InlineData("merge persn: A | B", "c.txt:1:6: unknown entity type 'persn'")]
    [InlineData("# ok\njoin person: A | B", "c.txt:2:1: unknown rule 'join'")]
    [InlineData("merge person A | B", "c.txt:1:19: missing ':'")]
    [InlineData("merge person: Tom Ardent", "c.txt:1:14: a merge needs two names or more")]
    [InlineData("split person: Lena Ostrow", "c.txt:1:26: a split needs '@'")]
    [InlineData("split person: Lena Ostrow @ a,, b", "c.txt:1:28: an empty document id")]
    public void A_bad_rule_is_an_error_naming_the_file_line_and_column(string text, string message)
    {
        var parse = () => EntityCuration.Parse(text, "c.txt");
        parse.Should().Throw<CurationException>().Which.Message.Should().StartWith(message);
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-curation-" + Guid.NewGuid().ToString("N") + ".txt");
        var read = () => EntityCuration.Read(path);
        read.Should().Throw<CurationException>().Which.Message.Should().StartWith(path + ": cannot be read");
    }
}
