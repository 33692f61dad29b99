using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>Titles before a name: whether a run opens with honorifics or titles, and where a titled name starts inside a longer run.</summary>
internal sealed partial class PersonNameRules
{
    /// <summary>
    /// Whether the run opens with honorifics or titles ("Atty.", "Vice Mayor", "Director Prof.", "Senators");
    /// <paramref name="length"/> is their token count. At least one token is left for the name.
    /// </summary>
    public bool StartsWithHonorific(Doc doc, int first, int end, out int length)
    {
        if (end - first <= 1)
        {
            length = 0;
            return false;
        }
        // The leading-word trim, the titled-name and organisation rows and the person rule ask it of the same run in turn.
        var last = t_lastHonorific ??= new HonorificLength();
        if (!(ReferenceEquals(last.Rules, this) && ReferenceEquals(last.Doc, doc) && last.First == first && last.End == end))
            (last.Rules, last.Doc, last.First, last.End, last.Length) = (this, doc, first, end, _titles.StackedLengthAt(doc, first, end - 1));
        length = last.Length;
        return length > 0;
    }

    /// <summary>The run <see cref="StartsWithHonorific"/> answered last on this thread, and its answer (of the document's text alone).</summary>
    [ThreadStatic]
    private static HonorificLength? t_lastHonorific;

    private sealed class HonorificLength
    {
        public PersonNameRules? Rules;
        public Doc? Doc;
        public int First;
        public int End;
        public int Length;
    }

    /// <summary>
    /// Whether the run opens with titles that a name follows ("Atty. Juan Cruz of …"), rather than titles
    /// joined to further titles or an organisation ("National Director and Vice President of …").
    /// </summary>
    public bool OpensWithTitledName(Doc doc, int first, int end) =>
        StartsWithHonorific(doc, first, end, out int n) && !NameChunker.IsConnector(doc, doc.Tokens[first + n], _lex)
        // "Global Justice Mission": a title word followed only by an organisation's head word is part of the name.
        && !(first + n == end - 1 && HeadsHoldTrimmed(doc.TokenTable(_lex), end - 1));

    /// <summary>
    /// Whether <see cref="OrganizationLexicons.Heads"/> holds token i's text without its trailing full stops. For a word
    /// with a capital first letter the token's <see cref="TokenLexicons.OrganizationHead"/> bit is that answer or a
    /// suffix's: without the bit it is no, and only a word with it (or without a capital) is looked up.
    /// </summary>
    private bool HeadsHoldTrimmed(TokenTable table, int i)
    {
        var w = table.SpanOf(i);
        if (w.Length > 0 && char.IsUpper(w[0]) && !table.Has(i, TokenLexicons.OrganizationHead)) return false;
        return _lex.Organizations.Heads.Contains(w.TrimEnd('.'));
    }

    /// <summary>
    /// Where a title that opens a person's name starts inside a longer run ("Water Lab Director Prof. Ana
    /// Reyes", "Metro Senior City Prosecutor Ben Cruz"): the title's first token, when the tokens after the
    /// titles are two to four name words; otherwise -1. The words before the title are left to be
    /// classified on their own (usually the organisation or place the title belongs to).
    /// </summary>
    public int TitledNameStart(Doc doc, int first, int end)
    {
        var table = doc.TokenTable(_lex);
        if (OpensWithTitledName(doc, first, end)) return -1;
        // "the state's AG Ana Ruiz": an acronym before a given name and a surname is not part of the name.
        // The table's Acronym shape and GivenName bit are Acronyms.IsAcronym and the given names' answers for a token.
        if (end - first >= 3 && table.IsAcronym(first) && !table.IsAcronym(first + 1) && table.Has(first + 1, TokenLexicons.GivenName))
            return first + 1;
        for (int p = first + 1; p < end - 2; p++)
        {
            // "Regional Prosecutor …": a modifier before the title belongs to it.
            // No title starts at a word without the TitleStart bit (the matcher's own first test).
            if (table.Has(p - 1, TokenLexicons.TitleModifier) || !table.Has(p, TokenLexicons.TitleStart)) continue;
            int n = _titles.StackedLengthAt(doc, p, end - 2);
            if (n == 0) continue;
            int nameStart = p + n, count = end - nameStart;
            if (count < 2 || count > 4) continue;
            bool nameLike = true;
            for (int i = nameStart; i < end && nameLike; i++) nameLike = IsNameWordAfterTitle(table, i);
            if (nameLike) return p;
        }
        return -1;
    }

    /// <summary>A name token that is no organisation's head or suffix, title or common capitalised word: a word of the name after a title.</summary>
    private bool IsNameWordAfterTitle(TokenTable table, int i)
    {
        if (!table.IsNameToken(i) || table.Has(i, TokenLexicons.CommonCapitalized)) return false;
        var w = table.SpanOf(i);
        // A capitalised word without the OrganizationHead bit is neither a head (full stops cut) nor a suffix: the bit is
        // those two lookups' answer for it.
        bool headOrSuffix = (!char.IsUpper(w[0]) || table.Has(i, TokenLexicons.OrganizationHead))
                            && (_lex.Organizations.Heads.Contains(w.TrimEnd('.')) || _lex.Organizations.Suffixes.Contains(w));
        // A lexicon title (full stops cut) may start a title: a word without the TitleStart bit is none.
        return !headOrSuffix && !(table.Has(i, TokenLexicons.TitleStart) && _titles.IsLexiconTitle(w));
    }
}
