namespace Knowledge.Lexicons;

/// <summary>Words for created works: reports, studies, podcasts.</summary>
public sealed class WorkLexicons
{
    internal WorkLexicons(LexiconLoader load)
    {
        Heads = load.List("works/heads");
    }

    /// <summary>Words that head a work's name ("Report", "Study"). (models/works/heads.txt)</summary>
    public Lexicon Heads { get; }
}
