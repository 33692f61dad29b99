using Knowledge.Extraction.Dates;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// Finds capitalised runs in a sentence. A run is a sequence of capitalised words, initials,
/// acronyms and name suffixes, joined by connectors ("of", "to", "and", "&amp;", "de", …) only where a
/// capitalised word follows the connector. A run never crosses a line break or the edge of a link's
/// text, and a connector before a month or weekday ends it ("the Senate on May 4"). A run that
/// lists capitalised words before a law head ("…Against Abuse, Exploitation and Neglect Act")
/// continues through the commas of that list, and so does a body named for a list of fields
/// (<see cref="OrganizationFieldLists"/>).
/// </summary>
internal static class NameChunker
{
    /// <summary>Whether a token can be part of a name.</summary>
    public static bool IsNameToken(Doc doc, Token t)
    {
        if (t.Kind == TokenKind.Word)
        {
            char c = doc.Text[t.Start];
            if (char.IsUpper(c)) return true;
            // eSafety, iPhone: lower-case first letter then a capital.
            return t.Length > 2 && char.IsLower(c) && char.IsUpper(doc.Text[t.Start + 1]);
        }
        if (t.Kind == TokenKind.Abbreviation) return char.IsUpper(doc.Text[t.Start]);
        return false;
    }

    /// <summary>Whether a token is a connector word (or a name particle) that may join two capitalised parts of a name.</summary>
    public static bool IsConnector(Doc doc, Token t, LexiconSet lex)
    {
        if (t.Kind is not (TokenKind.Word or TokenKind.Symbol)) return false;
        var w = doc.Text.AsSpan(t.Start, t.Length);
        return lex.Entities.NameConnectors.Contains(w) || lex.Names.NameParticles.Contains(w);
    }

    /// <summary>
    /// Whether token <paramref name="j"/> opens a one-word nickname in quotation marks between two words of a
    /// name: a word before it, then an opening mark, a capitalised word, the closing mark and a capitalised word.
    /// </summary>
    public static bool IsNickname(Doc doc, int j, int end)
    {
        var t = doc.Tokens;
        return j > 0 && j + 3 < end && t[j].Kind == TokenKind.OpenQuote && t[j - 1].Kind == TokenKind.Word
               && t[j + 1].Kind == TokenKind.Word && IsNameToken(doc, t[j + 1]) && t[j + 2].Kind == TokenKind.CloseQuote
               && IsNameToken(doc, t[j + 3]) && t[j + 3].Kind == TokenKind.Word
               && t[j].Start == t[j - 1].End + 1 && t[j + 3].Start == t[j + 2].End + 1;
    }

    /// <summary>Whether token <paramref name="i"/> belongs to a quoted nickname inside a name (a mark or the word between them).</summary>
    public static bool InNickname(Doc doc, int i, int first, int end)
    {
        for (int k = Math.Max(first + 1, i - 2); k <= i; k++)
            if (IsNickname(doc, k, end)) return true;
        return false;
    }

    /// <summary>Whether token i of a table is a connector word or a name particle (<see cref="IsConnector(Doc, Token, LexiconSet)"/>).</summary>
    public static bool IsConnector(TokenTable table, int i) =>
        table.Tokens[i].Kind is TokenKind.Word or TokenKind.Symbol && table.Has(i, TokenLexicons.NameConnector | TokenLexicons.NameParticle);

    /// <summary>
    /// The runs of one sentence, in order, with months and law heads from the given lexicons; chunked once per
    /// document (the runs depend on the text and the lists only), so every pass that reads the runs shares them.
    /// </summary>
    public static ReadOnlySpan<NameChunk> Chunks(Doc doc, Sentence s, LexiconSet lex)
    {
        var table = doc.TokenTable(lex);
        var chunks = _lastChunks ??= new DocumentChunks();
        if (!chunks.IsOf(table)) chunks.Build(table);
        int index = doc.SentenceIndexAt(s.Start);
        if (index < 0 || index >= doc.Sentences.Length || doc.Sentences[index] != s) return ChunksOf(table, s);
        return chunks.Of(index);
    }

    /// <summary>
    /// The runs of the thread's last document: the entity passes read one document's runs at a time, so one set of
    /// arrays a thread serves every document (two arrays and a weak-table entry a document were ~1.8 MB at 100×).
    /// </summary>
    [ThreadStatic]
    private static DocumentChunks? _lastChunks;

    /// <summary>
    /// The runs of every sentence of a document in one array, sentence after sentence, and where each sentence's runs
    /// start; rebuilt in place for another document's token table.
    /// </summary>
    private sealed class DocumentChunks
    {
        private readonly List<NameChunk> _chunks = [];
        private int[] _starts = new int[64];
        private TokenTable? _table;

        public bool IsOf(TokenTable table) => ReferenceEquals(_table, table);

        public ReadOnlySpan<NameChunk> Of(int sentence) =>
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_chunks).Slice(_starts[sentence], _starts[sentence + 1] - _starts[sentence]);

        public void Build(TokenTable table)
        {
            var sentences = table.Doc.Sentences;
            // Forgotten first: a build that throws leaves no table answered by half its runs.
            _table = null;
            _chunks.Clear();
            if (_starts.Length < sentences.Length + 1) _starts = new int[Math.Max(sentences.Length + 1, _starts.Length * 2)];
            for (int k = 0; k < sentences.Length; k++)
            {
                _starts[k] = _chunks.Count;
                Gather(table, sentences[k], _chunks);
            }
            _starts[sentences.Length] = _chunks.Count;
            _table = table;
        }
    }

    private static NameChunk[] ChunksOf(TokenTable table, Sentence s)
    {
        var result = new List<NameChunk>();
        Gather(table, s, result);
        return [.. result];
    }

    private static void Gather(TokenTable table, Sentence s, List<NameChunk> result)
    {
        var doc = table.Doc;
        var lex = table.Lexicons;
        var tokens = table.Tokens;
        int i = s.FirstToken, end = s.EndToken;
        while (i < end)
        {
            if (!table.IsNameToken(i)) { i++; continue; }
            int start = i;
            int last = i;
            int j = i + 1;
            while (j < end)
            {
                var t = tokens[j];
                if (IsBoundary(table, j - 1, j)) break;
                if (table.IsNameToken(j) || (t.Kind == TokenKind.Number && (IsYearAfterLawHead(table, j) || IsUnitNumber(table, j))))
                {
                    last = j;
                    j++;
                    continue;
                }
                if (IsNickname(doc, j, end))
                {
                    // Ana “Nani” Reyes: a quoted nickname between given name and surname stays in the run.
                    last = j + 3;
                    j += 4;
                    continue;
                }
                if (t.Kind == TokenKind.Possessive && last == j - 1 && PossessiveNames.Continues(doc, start, j, end, lex))
                {
                    j++;
                    continue;
                }
                if (IsConnector(table, j))
                {
                    // Connectors may chain ("of the"), but a capitalised word must follow.
                    int k = j;
                    while (k < end && IsConnector(table, k)) k++;
                    if (k < end && IsDateWord(table, k)) break;
                    bool crosses = false;
                    for (int x = j; x <= k && x < end; x++) crosses |= IsBoundary(table, x - 1, x);
                    if (crosses) break;
                    if (k < end && k - j <= 2 && (table.IsNameToken(k) || (tokens[k].Kind == TokenKind.Number && IsYearAfterLawHead(table, k)))) { j = k; continue; }
                }
                if (table.Is(j, ',') && !table.Has(last, TokenLexicons.LawHead)
                    && LawListEnd(table, j + 1, end) is int lawEnd)
                {
                    last = lawEnd - 1;
                    j = lawEnd;
                    continue;
                }
                if (table.Is(j, ',') && last == j - 1 && OrganizationFieldLists.ListEnd(doc, start, last, j, end, lex) is int fieldsEnd)
                {
                    last = fieldsEnd - 1;
                    j = fieldsEnd;
                    continue;
                }
                break;
            }
            result.Add(new NameChunk(start, last + 1));
            i = last + 1;
        }
    }

    /// <summary>
    /// After a comma inside a long law name: the end of a run of capitalised words joined by "and"
    /// that ends in a law head ("Exploitation and Neglect Act"), or further commas of the same list;
    /// null when what follows is not such a list.
    /// </summary>
    private static int? LawListEnd(TokenTable table, int k, int end)
    {
        bool sawAnd = false;
        int i = k;
        while (i < end)
        {
            if (table.IsNameToken(i))
            {
                if (table.Has(i, TokenLexicons.LawHead) && i > k) return sawAnd ? i + 1 : null;
                if (table.Has(i, TokenLexicons.CommonCapitalized) && i == k) return null;
                i++;
                continue;
            }
            bool comma = table.Is(i, ',');
            if (table.Has(i, TokenLexicons.AndConjunction) || comma && i > k) { sawAnd |= !comma; i++; continue; }
            return null;
        }
        return null;
    }

    /// <summary>
    /// Whether a run may not continue from token a to token b: a line break lies between them in the
    /// source, or the edge of a link's text, unless a law's head follows the link ("[Safe Harbor] Act").
    /// </summary>
    private static bool IsBoundary(TokenTable table, int a, int b)
    {
        var doc = table.Doc;
        var ta = table.Tokens[a];
        var tb = table.Tokens[b];
        if (SourceLines.BreakBetween(doc, ta.End, tb.Start)) return true;
        foreach (var link in doc.Links)
        {
            bool aIn = ta.Start >= link.Start && ta.End <= link.End;
            bool bIn = tb.Start >= link.Start && tb.End <= link.End;
            if (aIn != bIn) return !(aIn && table.Has(b, TokenLexicons.LawHead));
        }
        return false;
    }

    private static bool IsDateWord(TokenTable table, int i) =>
        table.Has(i, TokenLexicons.Weekday) || (table.Shape(i) & TokenShape.StartsUpper) != 0 && table.Has(i, TokenLexicons.Month);

    /// <summary>"Branch 10", "Unit 4": a number after a word for a numbered unit of a body belongs to its name.</summary>
    private static bool IsUnitNumber(TokenTable table, int j) => j > 0 && table.Has(j - 1, TokenLexicons.NumberedUnitHead);

    /// <summary>"Data Act 2018", "Safe Rivers Act of 2019": a four-digit number after a law's head (or its "of") belongs to the name.</summary>
    private static bool IsYearAfterLawHead(TokenTable table, int j)
    {
        if (table.Tokens[j].Length != 4 || j == 0) return false;
        return table.Has(j - 1, TokenLexicons.LawYearHead)
            || (table.Has(j - 1, TokenLexicons.OfPreposition) && j >= 2 && table.Has(j - 2, TokenLexicons.LegislationHead));
    }
}
