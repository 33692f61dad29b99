using System.Text;
using FluentAssertions;
using Knowledge.Export;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>A GraphML key carries its data start tag in UTF-8 and is equal to another by its declaration.</summary>
public class GraphMlKeySpecs
{
    [Fact]
    public void The_data_start_tag_is_the_indented_data_element_opening_with_the_id_in_UTF8()
    {
        var key = new GraphMlKey("n_p_caf\u00E9", "node", "caf\u00E9", GraphMlType.String);
        Encoding.UTF8.GetString(key.DataStartTag).Should().Be("\n      <data key=\"n_p_caf\u00E9\">");
    }

    [Fact]
    public void Keys_with_the_same_declaration_are_equal_and_others_are_not()
    {
        var a = new GraphMlKey("n_p_x", "node", "x", GraphMlType.Int);
        a.Should().Be(new GraphMlKey("n_p_x", "node", "x", GraphMlType.Int));
        a.GetHashCode().Should().Be(new GraphMlKey("n_p_x", "node", "x", GraphMlType.Int).GetHashCode());
        a.Should().NotBe(new GraphMlKey("n_p_x", "node", "x", GraphMlType.Long));
        a.Should().NotBe(new GraphMlKey("e_p_x", "edge", "x", GraphMlType.Int));
    }
}
