using System.Collections.Frozen;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// The objects that make an object-verb trigger an event of its type (models/events/event-objects.txt,
/// "word&lt;TAB&gt;Type" rows): "declared war" is a Campaign, "settled the lawsuit" another event. The object
/// follows the trigger within six words or, when the trigger is passive, stands within six words before
/// it ("$2 million was announced"). A token that starts with a listed sign ("£7") counts as that sign.
/// </summary>
internal sealed class EventObjects
{
    /// <summary>How many words away from the trigger the object may stand.</summary>
    private const int Reach = 6;

    private readonly FrozenDictionary<EventType, FrozenSet<string>> _byType;

    public EventObjects(LexiconTable table)
    {
        var byType = new Dictionary<EventType, HashSet<string>>();
        foreach (var row in table.Rows)
        {
            if (row.Length < 2 || !Enum.TryParse<EventType>(row[1], out var type) || type.ToString() != row[1])
                throw new InvalidOperationException($"The lexicon '{table.Name}' has a row '{string.Join('\t', row)}' that is not word<TAB>Type with a known type.");
            if (!byType.TryGetValue(type, out var set)) byType[type] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(row[0].ToLowerInvariant());
        }
        _byType = byType.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>Whether an object of the trigger's type stands after it, or before it when it is passive.</summary>
    public bool Near(EventSentence s, TriggerMatch m, bool passive)
    {
        if (!_byType.TryGetValue(m.EventType, out var objects)) return false;
        for (int i = m.Last + 1; i <= m.Last + Reach; i++)
            if (Is(s, i, objects)) return true;
        if (!passive) return false;
        for (int i = m.First - Reach; i < m.First; i++)
            if (Is(s, i, objects)) return true;
        return false;
    }

    private static bool Is(EventSentence s, int i, FrozenSet<string> objects)
    {
        if (!s.Has(i)) return false;
        var w = s.Lower(i);
        return Contains(objects, w) || (w.Length > 1 && !char.IsLetterOrDigit(w[0]) && Contains(objects, w[..1]));
    }

#if NET9_0_OR_GREATER
    private static bool Contains(FrozenSet<string> objects, ReadOnlySpan<char> w) => objects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
#else
    private static bool Contains(FrozenSet<string> objects, ReadOnlySpan<char> w) => objects.Contains(w.ToString());
#endif
}
