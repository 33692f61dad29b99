using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Text;
using Xunit;

namespace Knowledge.Tests.Text;

public class LatinFoldSpecs
{
    [Theory]
    [InlineData("Tomás Peñaflor", "Tomas Penaflor")]
    [InlineData("Łódź Straße", "Lodz Strasse")]
    [InlineData("Œuvre Æsir", "OEuvre AEsir")]
    [InlineData("Jose\u0301", "Jose")]
    [InlineData("plain ASCII stays", "plain ASCII stays")]
    [InlineData("Ελλάδα", "Ελλάδα")]
    public void Accents_are_removed_from_Latin_letters_only(string text, string folded) =>
        LatinFold.Fold(text).Should().Be(folded);

    [Theory]
    [InlineData('á', "a")]
    [InlineData('ß', "ss")]
    [InlineData('Œ', "OE")]
    [InlineData('\u0301', "")]
    [InlineData('x', "x")]
    [InlineData('λ', "λ")]
    public void One_character_folds_into_a_span_as_the_whole_text_would_fold_it(char c, string folded)
    {
        Span<char> destination = stackalloc char[2];
        int written = LatinFold.Fold(c, destination);
        destination[..written].ToString().Should().Be(folded).And.Be(LatinFold.Fold(c.ToString()));
    }

    [Fact]
    public void Node_ids_are_ascii_even_under_invariant_globalization() =>
        NodeIds.For(NodeType.Person, "Ma. Concepción Dañal").Should().Be("person:ma-concepcion-danal");
}
