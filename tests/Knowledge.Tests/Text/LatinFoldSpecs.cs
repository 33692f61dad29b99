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

    [Fact]
    public void Node_ids_are_ascii_even_under_invariant_globalization() =>
        NodeIds.For(NodeType.Person, "Ma. Concepción Dañal").Should().Be("person:ma-concepcion-danal");
}
