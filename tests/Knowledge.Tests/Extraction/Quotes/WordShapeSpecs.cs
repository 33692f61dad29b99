using FluentAssertions;
using Knowledge.Extraction.Quotes;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>A word's shape is read in place, from a slice of the text (issue 18: no per-word strings).</summary>
public class WordShapeSpecs
{
    [Theory]
    [InlineData("ABOUT ACME Corp", 0, 5, false, true)]
    [InlineData("About ACME Corp", 0, 5, true, false)]
    [InlineData("the about page", 4, 5, false, false)]
    [InlineData("ABOUT-2 page", 0, 7, false, true)]
    [InlineData("page 42", 5, 2, false, false)]
    public void A_slice_of_the_text_has_the_shape_of_its_letters(string text, int start, int length, bool capitalised, bool upper)
    {
        var word = text.AsSpan(start, length);
        WordShape.IsCapitalised(word).Should().Be(capitalised);
        WordShape.IsUpperCase(word).Should().Be(upper);
    }
}
