using FluentAssertions;
using Knowledge.Extraction.Quotes;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>Two mentions name one speaker by name, or, for people within one document, by surname read in place.</summary>
public class SameSpeakerSpecs
{
    private static EntityMention Mention(EntityType type, string name) => new(type, 0, name.Length, name, "test");

    [Theory]
    [InlineData("Ana Cruz", "Cruz", true)]
    [InlineData("Ana  Cruz ", "Dr. CRUZ", true)]
    [InlineData("Ana Cruz", "Ana Lopez", false)]
    [InlineData("Cruz", "cruz", true)]
    public void People_with_one_surname_are_one_speaker(string a, string b, bool same) =>
        DatedSpeechEvents.SameSpeaker(Mention(EntityType.Person, a), Mention(EntityType.Person, b)).Should().Be(same);

    [Fact]
    public void Organisations_sharing_a_last_word_are_not_one_speaker() =>
        DatedSpeechEvents.SameSpeaker(Mention(EntityType.Organization, "Harbor Police"), Mention(EntityType.Organization, "Coast Police"))
            .Should().BeFalse();
}
