namespace Knowledge.Lexicons;

/// <summary>Words for laws.</summary>
public sealed class LawLexicons
{
    internal LawLexicons(LexiconLoader load)
    {
        Heads = load.List("laws/heads");
    }

    /// <summary>Words that head a law's name ("Act", "Bill", "Ordinance"). (models/laws/heads.txt)</summary>
    public Lexicon Heads { get; }
}
