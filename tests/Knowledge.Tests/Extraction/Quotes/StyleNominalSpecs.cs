using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>A style of address standing alone ("His Highness", "HH", "the Sheikh") names the nearest earlier person who bears it.</summary>
public class StyleNominalSpecs
{
    private const string Opening =
        "Harbor Minister Tomas Reyes welcomed the delegates to the coastal forum on Monday.\n\n"
        + "His Highness Sheikh Karim Haddad, Minister of Ports, opened the forum with a speech on shipping.\n\n";

    private static List<QuoteMention> Quotes(string body) => Analyse.Text(body).Quotes.ToList();

    [Fact]
    public void Initials_of_a_style_before_a_cue_name_the_person_who_bore_the_style_not_the_last_person_named()
    {
        var q = Quotes(Opening.Replace("His Highness Sheikh Karim Haddad", "HH Sheikh Karim Haddad")
            + "Tomas Reyes thanked the guests.\n\n"
            + "In his speech, HH noted that: “We will build safer harbours for every fishing family along this coast.”")
            .Single(x => x.Kind == QuoteKind.Direct);
        q.Speaker!.Name.Should().Be("Karim Haddad");
    }

    [Fact]
    public void The_spelled_out_style_matches_a_person_introduced_with_its_initials()
    {
        var q = Quotes(Opening.Replace("His Highness Sheikh Karim Haddad", "HH Sheikh Karim Haddad")
            + "His Highness said: “Every port in the region will share its weather data from next year onwards.”")
            .Single(x => x.Kind == QuoteKind.Direct);
        q.Speaker!.Name.Should().Be("Karim Haddad");
    }

    [Fact]
    public void A_style_after_the_cue_names_its_bearer()
    {
        var q = Quotes(Opening + "“Every port in the region will share its weather data from next year onwards,” said His Highness.")
            .Single(x => x.Kind == QuoteKind.Direct);
        q.Speaker!.Name.Should().Be("Karim Haddad");
    }

    [Fact]
    public void A_style_word_after_an_article_names_its_bearer()
    {
        var q = Quotes(Opening + "“Every port in the region will share its weather data from next year onwards,” the Sheikh added.")
            .Single(x => x.Kind == QuoteKind.Direct);
        q.Speaker!.Name.Should().Be("Karim Haddad");
    }

    [Fact]
    public void A_style_as_the_subject_of_reported_speech_names_its_bearer()
    {
        const string body = "Her Excellency Amina Osei, the envoy of the Harbor League, arrived on Monday. Tomas Reyes met her.\n\n"
            + "Her Excellency told the assembly that the league would fund two new lighthouses this year.";
        var q = Quotes(body).Single(x => x.Kind == QuoteKind.Indirect);
        q.Speaker!.Name.Should().Be("Amina Osei");
        q.Text.Should().StartWith("the league would fund");
    }

    [Fact]
    public void The_nearest_bearer_of_the_style_wins()
    {
        const string body = "His Excellency Omar Farid visited the port in May.\n\n"
            + "His Excellency Karim Haddad opened the forum on Monday. Tomas Reyes thanked him.\n\n"
            + "His Excellency said: “Every port in the region will share its weather data from next year onwards.”";
        Quotes(body).Single(x => x.Kind == QuoteKind.Direct).Speaker!.Name.Should().Be("Karim Haddad");
    }

    [Fact]
    public void A_person_named_only_inside_a_quotation_is_never_the_bearer()
    {
        const string body = "His Excellency Karim Haddad opened the forum on Monday.\n\n"
            + "Tomas Reyes said: “I thank His Excellency Omar Farid for the grant that built our harbour.”\n\n"
            + "His Excellency said: “Every port in the region will share its weather data from next year onwards.”";
        Quotes(body).Last(x => x.Kind == QuoteKind.Direct).Speaker!.Name.Should().Be("Karim Haddad");
    }

    [Fact]
    public void A_style_that_no_earlier_person_bears_names_no_one()
    {
        const string body = "Tomas Reyes opened the forum on Monday.\n\n"
            + "In the hall, His Majesty said: “Every port in the region will share its weather data from next year onwards.”";
        Quotes(body).Single(x => x.Kind == QuoteKind.Direct).Speaker.Should().BeNull();
    }
}
