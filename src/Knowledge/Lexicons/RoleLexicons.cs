namespace Knowledge.Lexicons;

/// <summary>Words the role rules read around titles.</summary>
internal sealed class RoleLexicons
{
    internal RoleLexicons(LexiconLoader load)
    {
        Words = load.Table("roles/role-words");
        OfficeAgentVerbs = load.Table("roles/office-agent-verbs");
        var openers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Words.Rows)
            if (row.Length >= 2 && row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, _, ..]) openers.Add(first);
        _phraseOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(openers, StringComparer.Ordinal);
    }

    /// <summary>The first words, as written, of the phrase entries (two words or more) of <see cref="Words"/>.</summary>
    private readonly System.Collections.Frozen.FrozenSet<string> _phraseOpeners;

    /// <summary>
    /// Whether a phrase of <see cref="Words"/> ("served as", "one of the") opens with this form, matched as the role rules
    /// match a phrase (word by word, case-sensitively): what <see cref="TokenLexicons.RolePhraseOpener"/> says.
    /// </summary>
    internal bool OpensPhrase(string form) => _phraseOpeners.Contains(form);

    /// <summary>The function words around titles and the slot each fills ("one of the", partitive). (models/roles/role-words.txt)</summary>
    public LexiconTable Words { get; }

    /// <summary>Passive verbs that name an office's holder after "by", with the title they give ("chaired by", Chair). (models/roles/office-agent-verbs.txt)</summary>
    public LexiconTable OfficeAgentVerbs { get; }
}
