using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

/// <summary>
/// A unit and title written before a name with no comma make one long capitalised run; a given name and
/// surname that end it right before a speech verb are the speaker.
/// </summary>
public class SpeakerAtRunEndSpecs
{
    [Fact]
    public void A_name_ending_a_unit_run_before_said_is_the_speaker()
    {
        var doc = Analyse.Text("Harbor Police Operations Maria Delgado said the case was closed after a long search.");
        doc.Entities.Should().Contain(e => e.Type == EntityType.Person && e.Name == "Maria Delgado");
        doc.Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Maria Delgado");
    }

    [Fact]
    public void Without_a_speech_verb_after_it_the_run_is_not_split()
    {
        var doc = Analyse.Text("The grant went to the Harbor Police Operations Maria Delgado Fund last year.");
        doc.Entities.Should().NotContain(e => e.Type == EntityType.Person && e.Name == "Maria Delgado");
    }
}
