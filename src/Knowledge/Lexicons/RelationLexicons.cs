namespace Knowledge.Lexicons;

/// <summary>Cue phrases that relate two names.</summary>
public sealed class RelationLexicons
{
    internal RelationLexicons(LexiconLoader load)
    {
        Cues = load.List("relations/cues");
    }

    /// <summary>Cue phrases that relate two names, with the relation they give ("amends", "member of"). (models/relations/cues.txt)</summary>
    public Lexicon Cues { get; }
}
