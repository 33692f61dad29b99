namespace Knowledge.Lexicons;

/// <summary>Words the entity rules read around names.</summary>
public sealed class EntityLexicons
{
    internal EntityLexicons(LexiconLoader load)
    {
        _ = load;
    }
}
