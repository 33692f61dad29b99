namespace Knowledge.Lexicons;

/// <summary>Words around dates and times.</summary>
public sealed class DateLexicons
{
    internal DateLexicons(LexiconLoader load)
    {
        _ = load;
    }
}
