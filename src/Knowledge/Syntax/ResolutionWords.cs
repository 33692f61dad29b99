using System.Collections.Immutable;

namespace Knowledge.Syntax;

/// <summary>
/// All that the graph's assembly reads of a document's text once the document is analysed: the words of each entity
/// mention as written (its range, trimmed), then the words of each event's trigger, one after another in one string, in
/// the order of <see cref="Doc.Entities"/> and <see cref="Doc.Events"/>. Most mentions are written as their cleaned name
/// (77% at 100x): for those one character says so, for the others one character gives the length of the words that
/// follow it. A run that keeps no annotations keeps these in place of the text as soon as a document is analysed: 0.6
/// of the 17.7 MB the texts took on the 100x corpus, so that the analyses held until every document is analysed are
/// far less for each collection to go over.
/// </summary>
internal sealed class ResolutionWords
{
    // The mark of a mention written as its name; any other mark is one more than the length of the words after it.
    private const char AsNamed = '\0';

    private readonly string _words;
    // Where the triggers' words start: the mentions' come first.
    private readonly int _triggersAt;

    private ResolutionWords(string words, int triggersAt)
    {
        _words = words;
        _triggersAt = triggersAt;
    }

    /// <summary>The words of a document with neither entity mentions nor events.</summary>
    private static readonly ResolutionWords None = new("", 0);

    /// <summary>
    /// The words of <paramref name="doc"/>'s mentions and triggers, read from its text (which must still be whole); null
    /// when a mention is too long for its length to fit in one character (the document then keeps its text).
    /// </summary>
    public static ResolutionWords? Of(Doc doc)
    {
        int length = 0;
        foreach (var m in doc.Entities)
        {
            var written = doc.SpanOf(m.Start, m.End).Trim();
            if (written.Length >= char.MaxValue) return null;
            length += written.SequenceEqual(m.Name) ? 1 : 1 + written.Length;
        }
        int triggersAt = length;
        foreach (var e in doc.Events) length += e.Trigger.End - e.Trigger.Start;
        if (length == 0) return None;
        string words = string.Create(length, doc, static (chars, d) =>
        {
            int at = 0;
            foreach (var m in d.Entities)
            {
                var written = d.SpanOf(m.Start, m.End).Trim();
                if (written.SequenceEqual(m.Name)) chars[at++] = AsNamed;
                else
                {
                    chars[at++] = (char)(written.Length + 1);
                    written.CopyTo(chars[at..]);
                    at += written.Length;
                }
            }
            foreach (var e in d.Events)
            {
                d.SpanOf(e.Trigger.Start, e.Trigger.End).CopyTo(chars[at..]);
                at += e.Trigger.End - e.Trigger.Start;
            }
        });
        return new ResolutionWords(words, triggersAt);
    }

    /// <summary>
    /// The words of the next entity mention, <paramref name="mention"/>, as written and trimmed: the mentions are read in
    /// the order of <see cref="Doc.Entities"/>, <paramref name="at"/> starting at 0 and moved past each mention's words.
    /// </summary>
    public ReadOnlySpan<char> NextMention(ref int at, EntityMention mention)
    {
        int mark = _words[at++];
        if (mark == AsNamed) return mention.Name;
        var words = _words.AsSpan(at, mark - 1);
        at += mark - 1;
        return words;
    }

    /// <summary>The text of each of <paramref name="events"/>' triggers, in their order (the events of the document these words were read from).</summary>
    public string[] Triggers(ImmutableArray<EventMention> events)
    {
        if (events.IsDefaultOrEmpty) return [];
        var triggers = new string[events.Length];
        int at = _triggersAt;
        for (int i = 0; i < triggers.Length; i++)
        {
            int length = events[i].Trigger.End - events[i].Trigger.Start;
            triggers[i] = _words.Substring(at, length);
            at += length;
        }
        return triggers;
    }
}
