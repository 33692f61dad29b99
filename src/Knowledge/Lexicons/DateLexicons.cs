namespace Knowledge.Lexicons;

/// <summary>Words around dates and times.</summary>
internal sealed class DateLexicons
{
    internal DateLexicons(LexiconLoader load)
    {
        Words = load.Table("dates/date-words");
    }

    /// <summary>The function words of dates and the roles they play: word, role, value ("yesterday", day, -1). (models/dates/date-words.txt)</summary>
    public LexiconTable Words { get; }
}
