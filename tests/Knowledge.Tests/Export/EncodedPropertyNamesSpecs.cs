using System.Text;
using FluentAssertions;
using Knowledge.Export;
using Xunit;

namespace Knowledge.Tests.Export;

public class EncodedPropertyNamesSpecs
{
    [Fact]
    public void A_key_is_written_under_its_escaped_name_encoded_once()
    {
        var names = new EncodedPropertyNames();
        var type = names.Get("type");
        type.Name.Should().Be("p_type", "a structural field's name is prefixed");
        Encoding.UTF8.GetString(type.Quoted).Should().Be("\"p_type\"");
        names.Get("type").Should().BeSameAs(type);
        Encoding.UTF8.GetString(names.Get("say \"hi\"").Quoted).Should().Be("\"say \\\"hi\\\"\"");
    }

    [Fact]
    public void A_name_that_cleaning_makes_equal_to_an_earlier_one_in_the_object_is_left_out()
    {
        var names = new EncodedPropertyNames();
        var clean = names.Get("x\uE000");
        var dirty = names.Get("x" + '\uD800' + "\uE000");
        dirty.Cleaned.Should().BeTrue();
        names.StartObject();
        names.TryWrite(dirty).Should().BeTrue();
        names.TryWrite(clean).Should().BeFalse("both are written as x\\uE000");
        names.StartObject();
        names.TryWrite(clean).Should().BeTrue("another object starts afresh");
        names.TryWrite(dirty).Should().BeFalse();
        names.StartObject();
        names.TryWrite(names.Get("a")).Should().BeTrue();
        names.TryWrite(names.Get("b")).Should().BeTrue();
    }
}
