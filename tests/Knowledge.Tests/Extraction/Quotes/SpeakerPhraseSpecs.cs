using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>Which mention after a speech cue is its speaker: only a speaker phrase may stand between them.</summary>
public class SpeakerPhraseSpecs
{
    private static List<QuoteMention> Quotes(string body) => Analyse.Text(body).Quotes.ToList();

    [Fact]
    public void An_organisation_after_a_preposition_is_no_speaker_so_the_subject_before_the_cue_speaks()
    {
        var q = Quotes("“We expected the ministry to send someone to answer our questions today,” Margaret Okafor said during the Harbor Trust Council’s hearing on the bill.").Single();
        q.Speaker!.Name.Should().Be("Margaret Okafor");
    }

    [Fact]
    public void A_speaker_after_the_cue_may_carry_an_organisation_and_ranks_before_the_name()
    {
        var q = Quotes("Two of the children were found safe in a shelter near the harbour, said Harbor Trust director Colonel Maria Delgado.").Single();
        q.Kind.Should().Be(QuoteKind.Indirect);
        q.Speaker!.Name.Should().Be("Maria Delgado");
    }

    [Fact]
    public void A_name_after_a_lower_case_word_that_is_no_title_is_not_the_cue_s_speaker()
    {
        var qs = Quotes("Two of the children were found safe in a shelter near the harbour, said officers near Maria Delgado.");
        qs.Where(q => q.Speaker?.Name == "Maria Delgado").Should().BeEmpty();
    }

    [Fact]
    public void The_hearer_of_told_is_not_its_speaker()
    {
        var q = Quotes("Harbor Trust chief, Maria Delgado, told the Clean Rivers Committee today (3 June) that the trust needs new funding to keep its boats running.").Single();
        q.Speaker!.Name.Should().Be("Maria Delgado");
        q.Text.Should().StartWith("the trust needs new funding");
    }

    [Fact]
    public void An_abbreviated_saint_in_a_place_name_does_not_end_the_sentence()
    {
        var q = Quotes("Two of the children were rescued in Sto. Domingo during a raid on a rented house, said Maria Delgado.").Single();
        q.Text.Should().StartWith("Two of the children were rescued in Sto. Domingo");
        q.Speaker!.Name.Should().Be("Maria Delgado");
    }

    [Fact]
    public void A_person_before_several_appositive_segments_is_the_subject()
    {
        var q = Quotes("Maria Delgado, Harbor Trust Representative, a.i., emphasizes the right of every fishing family to a safe harbour.").Single();
        q.Speaker!.Name.Should().Be("Maria Delgado");
        q.Text.Should().StartWith("the right of every fishing family");
    }

    [Fact]
    public void A_person_of_a_district_is_the_subject_not_the_district()
    {
        var q = Quotes("State Attorney Maria Delgado of the Southern District of Harborland today announced that nine boat owners were charged with fraud.").Single();
        q.Speaker!.Name.Should().Be("Maria Delgado");
        q.Text.Should().StartWith("nine boat owners");
    }

    [Fact]
    public void Of_coordinated_persons_before_an_appositive_the_first_is_credited()
    {
        var q = Quotes("Harbor Director Maria Delgado and Chief Inspector Tomas Reyes, Coast Guard Lead for Rescue, said the new boats had saved forty lives this year.").Single();
        q.Speaker!.Name.Should().Be("Maria Delgado");
    }

    [Fact]
    public void A_person_named_with_a_possessive_before_the_speaker_owns_the_speaker_and_does_not_speak()
    {
        var q = Quotes("Tomas Reyes’s adviser Maria Delgado asked, “How many new ferries will the harbour need before the summer season?”").Single();
        q.Speaker!.Name.Should().Be("Maria Delgado");
    }
}
