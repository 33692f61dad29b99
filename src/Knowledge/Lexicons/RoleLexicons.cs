namespace Knowledge.Lexicons;

/// <summary>Words the role rules read around titles.</summary>
internal sealed class RoleLexicons
{
    internal RoleLexicons(LexiconLoader load)
    {
        Words = load.Table("roles/role-words");
        OfficeAgentVerbs = load.Table("roles/office-agent-verbs");
    }

    /// <summary>The function words around titles and the slot each fills ("one of the", partitive). (models/roles/role-words.txt)</summary>
    public LexiconTable Words { get; }

    /// <summary>Passive verbs that name an office's holder after "by", with the title they give ("chaired by", Chair). (models/roles/office-agent-verbs.txt)</summary>
    public LexiconTable OfficeAgentVerbs { get; }
}
