using System.Collections.Frozen;
using System.Collections.Immutable;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>A trigger found in a sentence: its tokens [First, Last] and the type and form its lexicon entry names.</summary>
/// <param name="First">Index of its first token.</param>
/// <param name="Last">Index of its last token.</param>
/// <param name="EventType">The type the lexicon gives it.</param>
/// <param name="Form">The form the lexicon gives it: the rule family that reads it.</param>
internal readonly record struct TriggerMatch(int First, int Last, EventType EventType, TriggerForm Form);

/// <summary>
/// The event-trigger lexicon (models/events/triggers.txt, "word&lt;TAB&gt;Type&lt;TAB&gt;form" rows): finds the
/// entries in a sentence, longest entry first, matched case-insensitively on whole tokens. A row whose
/// type or form is not one the rules know is an error in the lexicon.
/// </summary>
internal sealed class EventTriggers
{
    private readonly record struct Entry(ImmutableArray<string> Words, EventType Type, TriggerForm Form);

    private readonly string _name;
    private readonly LexiconTable _lexicon;
    private readonly FrozenDictionary<string, ImmutableArray<Entry>> _byFirstWord;
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, ImmutableArray<Entry>>.AlternateLookup<ReadOnlySpan<char>> _byFirstSpan;
#endif

    public EventTriggers(LexiconTable lexicon)
    {
        _name = lexicon.Name;
        _lexicon = lexicon;
        var byFirstWord = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var row in lexicon.Rows)
        {
            var entry = Read(lexicon.Name, row);
            if (!byFirstWord.TryGetValue(entry.Words[0], out var list)) byFirstWord[entry.Words[0]] = list = [];
            list.Add(entry);
        }
        _byFirstWord = byFirstWord.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Words.Length).ToImmutableArray(), StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        _byFirstSpan = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    private static Entry Read(string lexicon, ImmutableArray<string> row)
    {
        var words = row[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var columns = string.Join('\t', row);
        if (words.Length == 0 || row.Length < 3 || !Enum.TryParse<EventType>(row[1], out var type) || type.ToString() != row[1] || TriggerForms.Parse(row[2]) is not { } form)
            throw new InvalidOperationException($"The lexicon '{lexicon}' has a row '{columns}' that is not word<TAB>Type<TAB>form with a known type and form.");
        return new Entry([.. words], type, form);
    }

    /// <summary>The entries of a type whose form is one of <paramref name="forms"/>, as a word list.</summary>
    public Lexicon EntriesOf(EventType type, params TriggerForm[] forms) =>
        new(_name + ":" + type, _byFirstWord.Values.SelectMany(e => e).Where(e => e.Type == type && forms.Contains(e.Form)).Select(e => string.Join(' ', e.Words)));

#if NET9_0_OR_GREATER
    private bool TryGetEntries(ReadOnlySpan<char> lower, out ImmutableArray<Entry> entries) =>
        _byFirstSpan.TryGetValue(lower, out entries);
#else
    private bool TryGetEntries(ReadOnlySpan<char> lower, out ImmutableArray<Entry> entries) => _byFirstWord.TryGetValue(lower.ToString(), out entries);
#endif

    /// <summary>
    /// The triggers in tokens [<paramref name="first"/>, <paramref name="end"/>) of a document, whose text
    /// <paramref name="lower"/> lowers, written into <paramref name="found"/> (cleared first): a sentence is
    /// read before any <see cref="EventSentence"/> is made for it, and most sentences have no trigger. A token without
    /// the <see cref="TokenLexicons.TriggerOpener"/> bit in <paramref name="bits"/> opens none, so only the others are looked up.
    /// </summary>
    public void In(Doc doc, TokenBits bits, LowerCaseTokens lower, int first, int end, List<TriggerMatch> found)
    {
        found.Clear();
        var tokens = doc.Tokens;
        // The bit is the table's lists' triggers: only the tokens that open a trigger are read (the document's candidates,
        // found once). A matcher of other triggers looks every word up.
        if (ReferenceEquals(bits.Lexicons.Events.Triggers, _lexicon))
        {
            int next = first;
            foreach (int i in bits.TokensWith(TokenLexicons.TriggerOpener, first, end))
            {
                // A token inside the trigger matched last starts none.
                if (i >= next && MatchAt(tokens, lower, i, end, found) is > 0 and var length) next = i + length;
            }
            return;
        }
        for (int i = first; i < end; i++)
        {
            if (MatchAt(tokens, lower, i, end, found) is > 0 and var length) i += length - 1;
        }
    }

    /// <summary>The trigger that starts at word <paramref name="i"/>, added to <paramref name="found"/>: its length in tokens, or 0 for none.</summary>
    private int MatchAt(ImmutableArray<Token> tokens, LowerCaseTokens lower, int i, int end, List<TriggerMatch> found)
    {
        if (tokens[i].Kind is not TokenKind.Word || !TryGetEntries(lower.Of(i), out var entries)) return 0;
        foreach (var (words, type, form) in entries)
        {
            int k = 1;
            while (k < words.Length && i + k < end && lower.Of(i + k).SequenceEqual(words[k])) k++;
            if (k < words.Length) continue;
            found.Add(new TriggerMatch(i, i + words.Length - 1, type, form));
            return words.Length;
        }
        return 0;
    }
}
