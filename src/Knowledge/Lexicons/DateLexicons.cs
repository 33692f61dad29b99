namespace Knowledge.Lexicons;

/// <summary>Words around dates and times.</summary>
internal sealed class DateLexicons
{
    internal DateLexicons(LexiconLoader load)
    {
        Words = load.Table("dates/date-words");
        DatelineSeparators = load.List("dates/dateline-separators", caseSensitive: true);
    }

    /// <summary>Marks that end a dateline ("–", "/"). (models/dates/dateline-separators.txt)</summary>
    public Lexicon DatelineSeparators { get; }

    /// <summary>The function words of dates and the roles they play: word, role, value ("yesterday", day, -1). (models/dates/date-words.txt)</summary>
    public LexiconTable Words { get; }
}
