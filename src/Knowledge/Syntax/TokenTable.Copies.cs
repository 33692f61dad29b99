using System.Runtime.CompilerServices;
using Knowledge.Lexicons;

namespace Knowledge.Syntax;

/// <summary>
/// Where a document's token table is found: built once for a document's text, tokens and lists, and read by every
/// later copy of the document (each stage returns one) as a view of its own or as bare bits.
/// </summary>
internal sealed partial class TokenTable
{
    // The tables by the document's text, which every copy of a document shares: a later stage's copy finds the data.
    private static readonly ConditionalWeakTable<string, TokenTable> Tables = new();

    /// <summary>
    /// The table of a document's tokens read with some lists, built on first use and kept while the document's text
    /// lives. A later copy of the document (every stage returns one, <c>doc with { … }</c>) with the same text and
    /// tokens gets a view of the same per-token data for itself: the bits depend only on the text, the tokens and
    /// the lists, so nothing is looked up again, while <see cref="Doc"/> stays the document the caller reads (the
    /// entity rules read its sentences and mentions).
    /// </summary>
    public static TokenTable Of(Doc doc, LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(lexicons);
        if (_last is { } last && ReferenceEquals(last.Doc, doc) && last.Fits(doc, lexicons)) return last;
        // The entity rules ask for one document's table at a time, so the thread's last table is the view's only keeper:
        // a rule alternating between two copies of a document would make a view (not a table) each time.
        var data = DataOf(doc, lexicons);
        return _last = ReferenceEquals(data.Doc, doc) ? data : data.ViewFor(doc);
    }

    /// <summary>
    /// The list bits and shapes of a document's tokens, without a table of its own: a stage after the entities reads
    /// the table built for an earlier copy of the document (built now when there is none) and makes no view of it.
    /// </summary>
    public static TokenBits BitsOf(Doc doc, LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(lexicons);
        return new TokenBits(DataOf(doc, lexicons));
    }

    /// <summary>The table that holds the data of the document's text, tokens and lists, whichever copy it was made for; built when there is none.</summary>
    private static TokenTable DataOf(Doc doc, LexiconSet lexicons)
    {
        if (Known(doc, lexicons) is { } known) return known;
        var table = new TokenTable(doc, lexicons, MostIndexed, MostNarrow);
        Tables.AddOrUpdate(doc.Text, table);
        return _last = table;
    }

    /// <summary>The table that holds the data of the document's text, tokens and lists, whichever copy it was made for; null when none was built.</summary>
    private static TokenTable? Known(Doc doc, LexiconSet lexicons)
    {
        if (_last is { } last && last.Fits(doc, lexicons)) return last;
        return Tables.TryGetValue(doc.Text, out var table) && table.Fits(doc, lexicons) ? _last = table : null;
    }

    /// <summary>
    /// Whether a table is kept for this text: the stage benchmark keeps the tables an earlier stage built (as the
    /// pipeline's entity stage finds them) and forgets only those its timed entity passes built; specs check who forgets.
    /// </summary>
    internal static bool IsKeptFor(string text) => Tables.TryGetValue(text, out _);

    /// <summary>
    /// Forgets the table kept for a document's text (and this thread's last table). The pipeline forgets a document's
    /// table once its analysis is done and its tokens are dropped: the table is keyed by the text, which the analysis
    /// keeps until resolution, and would otherwise keep the entity stage's copy of the document, tokens and all (about
    /// 30 MB of peak RSS at 100×). The stage benchmark forgets the tables its timed entity passes built over copies of
    /// the documents, so the weak table keeps the size a run's would.
    /// </summary>
    internal static void Forget(Doc doc)
    {
        Tables.Remove(doc.Text);
        _last = null;
    }

    /// <summary>
    /// The same per-token data seen from another copy of the document (same text and tokens): a shallow copy, so every
    /// array is shared and nothing is looked up again, whose <see cref="Doc"/> is the copy.
    /// </summary>
    private TokenTable ViewFor(Doc doc)
    {
        var view = (TokenTable)MemberwiseClone();
        view.Doc = doc;
        return view;
    }

    /// <summary>
    /// The table this thread asked for last: the rules ask for a document's table again and again (once a token in
    /// places), and a <see cref="ConditionalWeakTable{TKey, TValue}"/> lookup each time was ~10 % of the entity stage's
    /// CPU. It keeps the last document of each thread alive until the thread's next.
    /// </summary>
    [ThreadStatic]
    private static TokenTable? _last;

    /// <summary>
    /// Whether the table's data holds for this document: the same text (the same string: copies of a document share
    /// it), the same tokens and the same lists.
    /// </summary>
    private bool Fits(Doc doc, LexiconSet lexicons) =>
        Lexicons == lexicons && Tokens == doc.Tokens && ReferenceEquals(Doc.Text, doc.Text);

    /// <summary>
    /// The lists that hold token i's text: from the table of the document (or of an earlier copy of it) when one was
    /// built for these lists, else from the lexeme table directly — a rule that asks of a single token now and then
    /// need not build a table for a document that has none.
    /// </summary>
    public static TokenLexicons LexiconsOf(Doc doc, LexiconSet lexicons, int i)
    {
        if (Known(doc, lexicons) is { } table) return table.LexiconsOf(i);
        var t = doc.Tokens[i];
        return t.Length == 0 ? TokenLexicons.None : lexicons.Lexemes.Find(doc.Text.AsSpan(t.Start, t.Length)).Lexicons;
    }
}
