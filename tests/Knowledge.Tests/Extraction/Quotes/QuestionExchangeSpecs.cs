using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>The turns of a question-and-answer exchange were said at one occasion and share its date.</summary>
public class QuestionExchangeSpecs
{
    // Published on a Friday.
    private static readonly DateOnly Published = new(2024, 3, 8);

    private static QuoteMention Quote(string text, string start) =>
        Analyse.Text(text, published: Published).Quotes.Single(q => q.Text.StartsWith(start, StringComparison.Ordinal));

    private const string Call = "Harbor Trust shares fell on Thursday during a tense call with analysts.\n\n";

    [Fact]
    public void A_later_question_takes_the_date_of_the_reply_it_got()
    {
        const string body = Call
            + "Analyst Ana Cruz asked on Thursday, “How much cash will the new terminal need next year?”\n\n"
            + "Maria Delgado replied, “We will not give a number before the board meets.”\n\n"
            + "Analyst Tomas Reyes then asked, “Can you say when the cranes will arrive at the port?”\n\n"
            + "Maria Delgado responded on Thursday, “The cranes are on schedule and that is all I can say.”";
        Quote(body, "Can you say when").Date.Should().Be("2024-03-07");
    }

    [Fact]
    public void A_reply_takes_the_date_of_its_question()
    {
        const string body = "Lawmakers questioned the port director at length.\n\n"
            + "Senator Ana Cruz asked on Tuesday, “Who approved the dredging contract for the bay?”\n\n"
            + "Maria Delgado answered, “The board approved it after a public tender.”";
        Quote(body, "The board approved it").Date.Should().Be("2024-03-05");
    }

    [Fact]
    public void A_statement_after_a_question_is_no_reply()
    {
        const string body = "Lawmakers questioned the port director at length.\n\n"
            + "Senator Ana Cruz asked on Tuesday, “Who approved the dredging contract for the bay?”\n\n"
            + "Maria Delgado said, “The board approved it after a public tender.”";
        Quote(body, "The board approved it").Date.Should().Be("2024-03-08");
    }

    [Fact]
    public void Turns_paragraphs_apart_are_not_one_exchange()
    {
        const string body = "Lawmakers questioned the port director at length.\n\n"
            + "Senator Ana Cruz asked on Tuesday, “Who approved the dredging contract for the bay?”\n\n"
            + "The bay has been dredged twice in the past decade, at a cost shared by the city and the port.\n\n"
            + "Maria Delgado answered, “The board approved it after a public tender.”";
        Quote(body, "The board approved it").Date.Should().Be("2024-03-08");
    }

    [Fact]
    public void An_exchange_whose_turns_were_given_two_dates_dates_no_other_turn()
    {
        const string body = "Lawmakers questioned the port director at length.\n\n"
            + "Senator Ana Cruz asked on Tuesday, “Who approved the dredging contract for the bay?”\n\n"
            + "Maria Delgado replied, “The board approved it after a public tender.”\n\n"
            + "Senator Tomas Reyes asked on Wednesday, “Was the tender open to foreign firms as well?”";
        Quote(body, "The board approved it").Date.Should().Be("2024-03-08");
    }
}
