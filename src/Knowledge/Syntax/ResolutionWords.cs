using System.Collections.Immutable;

namespace Knowledge.Syntax;

/// <summary>
/// All that the graph's assembly reads of a document's text once the document is analysed: the words of each entity
/// mention (its range as written), then the words of each event's trigger, one after another in one string, in the
/// order of <see cref="Doc.Entities"/> and <see cref="Doc.Events"/>. A run that keeps no annotations keeps these in
/// place of the text as soon as a document is analysed: about an eighth of the text (2.2 of 17.7 MB on the 100x
/// corpus), so the analyses held until every document is analysed are far less for each collection to go over.
/// </summary>
internal sealed class ResolutionWords
{
    private readonly string _words;
    // Where the triggers' words start: the mentions' words come first.
    private readonly int _triggersAt;

    private ResolutionWords(string words, int triggersAt)
    {
        _words = words;
        _triggersAt = triggersAt;
    }

    /// <summary>The words of a document with neither entity mentions nor events.</summary>
    private static readonly ResolutionWords None = new("", 0);

    /// <summary>The words of <paramref name="doc"/>'s mentions and triggers, read from its text (which must still be whole).</summary>
    public static ResolutionWords Of(Doc doc)
    {
        int length = 0;
        foreach (var m in doc.Entities) length += m.End - m.Start;
        int triggersAt = length;
        foreach (var e in doc.Events) length += e.Trigger.End - e.Trigger.Start;
        if (length == 0) return None;
        string words = string.Create(length, doc, static (chars, d) =>
        {
            int at = 0;
            foreach (var m in d.Entities) at += Copy(d, m.Start, m.End, chars[at..]);
            foreach (var e in d.Events) at += Copy(d, e.Trigger.Start, e.Trigger.End, chars[at..]);
        });
        return new ResolutionWords(words, triggersAt);
    }

    private static int Copy(Doc doc, int start, int end, Span<char> destination)
    {
        doc.SpanOf(start, end).CopyTo(destination);
        return end - start;
    }

    /// <summary>
    /// The words of the next entity mention, <paramref name="mention"/>: the mentions are read in the order of
    /// <see cref="Doc.Entities"/>, <paramref name="at"/> starting at 0 and moved past each mention's words.
    /// </summary>
    public ReadOnlySpan<char> NextMention(ref int at, EntityMention mention)
    {
        int length = mention.End - mention.Start;
        var words = _words.AsSpan(at, length);
        at += length;
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
