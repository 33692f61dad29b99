using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>A trigger found in a sentence: its tokens [First, Last] and the event type its lexicon entry names.</summary>
/// <param name="First">Index of its first token.</param>
/// <param name="Last">Index of its last token.</param>
/// <param name="EventType">The type the lexicon gives it.</param>
/// <param name="Word">The entry, in lower case ("found guilty" is read on "guilty").</param>
internal readonly record struct TriggerMatch(int First, int Last, string EventType, string Word);

/// <summary>
/// The event-trigger lexicon (models/event-triggers.txt, "word&lt;TAB&gt;Type" lines): finds the
/// entries in a sentence, longest entry first, matched case-insensitively on whole tokens.
/// </summary>
internal sealed class EventTriggers
{
    private readonly Dictionary<string, List<(string[] Words, string Type)>> _byFirstWord = new(StringComparer.Ordinal);

    public EventTriggers(Lexicon lexicon)
    {
        foreach (var entry in lexicon.Entries)
        {
            int tab = entry.IndexOf('\t');
            if (tab <= 0) continue;
            var words = entry[..tab].Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var type = entry[(tab + 1)..].Trim();
            if (words.Length == 0 || type.Length == 0) continue;
            if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
            list.Add((words, type));
        }
        foreach (var list in _byFirstWord.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>The trigger entries in a sentence, in text order.</summary>
    public List<TriggerMatch> In(EventSentence s)
    {
        var found = new List<TriggerMatch>();
        for (int i = s.First; i < s.End; i++)
        {
            if (s.Kind(i) is not TokenKind.Word || !_byFirstWord.TryGetValue(s.Lower(i), out var entries)) continue;
            foreach (var (words, type) in entries)
            {
                int k = 1;
                while (k < words.Length && s.Lower(i + k) == words[k]) k++;
                if (k < words.Length) continue;
                found.Add(new TriggerMatch(i, i + words.Length - 1, type, string.Join(' ', words)));
                i += words.Length - 1;
                break;
            }
        }
        return found;
    }
}
