namespace Knowledge.Lexicons;

/// <summary>Words the quote finders and attributors read around quotes.</summary>
public sealed class QuoteLexicons
{
    internal QuoteLexicons(LexiconLoader load)
    {
        _ = load;
    }
}
