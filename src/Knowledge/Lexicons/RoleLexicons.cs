namespace Knowledge.Lexicons;

/// <summary>Words the role rules read around titles.</summary>
internal sealed class RoleLexicons
{
    internal RoleLexicons(LexiconLoader load)
    {
        Words = load.Table("roles/role-words");
    }

    /// <summary>The function words around titles and the slot each fills ("one of the", partitive). (models/roles/role-words.txt)</summary>
    public LexiconTable Words { get; }
}
