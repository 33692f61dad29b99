using FluentAssertions;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Graph;

public sealed class NodeIdsSpecs
{
    [Theory]
    [InlineData("harbor-news-2024", "harbor-news-2024")]
    [InlineData("Report_v2.final:3", "Report_v2.final:3")]
    [InlineData("news @ noon", "news_20_40_20noon")]
    [InlineData("café/1", "caf_c3_a9_2f1")]
    public void Safe_keeps_safe_text_and_writes_other_characters_as_their_utf8_bytes(string text, string expected) =>
        NodeIds.Safe(text).Should().Be(expected);

    [Theory]
    [InlineData("news @ noon")]
    [InlineData("a,b\"c\nd<e>&f")]
    [InlineData("😀 emoji")]
    public void A_safe_id_is_safe_and_stays_as_it_is(string text)
    {
        string safe = NodeIds.Safe(text);
        NodeIds.IsSafe(safe).Should().BeTrue();
        NodeIds.Safe(safe).Should().Be(safe);
        System.Xml.XmlConvert.EncodeNmToken(safe).Should().Be(safe);
    }

    [Theory]
    [InlineData("Executive Director", "organization:harbor-trust", "person:ana-reyes")]
    [InlineData("Directora General", null, "person:ana-maria-cruz")]
    [InlineData("", null, "person:tom-ardent")]
    [InlineData("Ministre de l'Économie", "organization:ministere", "person:luc-perrin")]
    public void A_role_id_written_into_characters_is_the_role_id(string title, string? organizationId, string holderId)
    {
        Span<char> buffer = stackalloc char[256];
        int length = NodeIds.TryWriteRole(title, organizationId, holderId, buffer);

        buffer[..length].ToString().Should().Be(NodeIds.Role(title, organizationId, holderId));
    }

    [Fact]
    public void A_role_id_that_might_not_fit_is_not_written()
    {
        Span<char> buffer = stackalloc char[20];

        NodeIds.TryWriteRole("Chief Executive Officer", null, "person:ana-reyes", buffer).Should().Be(-1);
    }
}
