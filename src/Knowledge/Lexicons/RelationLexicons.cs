namespace Knowledge.Lexicons;

/// <summary>Cue phrases that relate two names.</summary>
internal sealed class RelationLexicons
{
    internal RelationLexicons(LexiconLoader load)
    {
        Cues = load.Table("relations/cues");
        Words = load.Table("relations/relation-words");
    }

    /// <summary>Cue phrases that relate two names, with the relation they give ("amends", "member of"). (models/relations/cues.txt)</summary>
    public LexiconTable Cues { get; }

    /// <summary>The function words around relation cues and the slot each fills ("which", law-filler). (models/relations/relation-words.txt)</summary>
    public LexiconTable Words { get; }
}
