using System.Collections.Immutable;

namespace Knowledge.Graph;

/// <summary>
/// Makes small property maps (a node's dozen keys) one after another, from entries set best in ascending ordinal key
/// order. <c>ImmutableSortedDictionary</c>'s builder is an AVL tree: keys set in the order a caller happens to know
/// them walk and rebalance the tree on every insert. Here the entries are put in key order first (an insertion sort:
/// one comparison per entry when they come sorted) and then given to the builder middle first, then the middles of
/// each half, level by level, which makes the balanced tree with no rotation. One instance serves many maps; a map
/// made stays as it was when the next is begun.
/// </summary>
internal sealed class PropertyMapBuilder
{
    /// <summary>The most entries a map may have.</summary>
    public const int MaxEntries = 16;

    // For each number of entries, the indexes of the sorted entries in the order they are inserted.
    private static readonly int[][] InsertionOrders = MakeInsertionOrders();

    private readonly string[] _keys = new string[MaxEntries];
    private readonly object[] _values = new object[MaxEntries];
    private int _count;
    private readonly ImmutableSortedDictionary<string, object>.Builder _map = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);

    /// <summary>How many entries the map being made has.</summary>
    public int Count => _count;

    /// <summary>An entry of the map being made: setting a key already there replaces its value, as a dictionary's indexer does.</summary>
    public object this[string key]
    {
        get => IndexOf(key) is var i and >= 0 ? _values[i] : throw new KeyNotFoundException($"The key \"{key}\" is not in the map.");
        set => Set(key, value);
    }

    private void Set(string key, object value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (_count == MaxEntries)
        {
            _values[IndexOf(key) is var i and >= 0 ? i : throw new InvalidOperationException($"A property map made here holds at most {MaxEntries} entries.")] = value;
            return;
        }
        int at = _count;
        // Shifted up past the keys after it: none when the entries come in order.
        while (at > 0)
        {
            int c = string.CompareOrdinal(_keys[at - 1], key);
            if (c < 0) break;
            if (c == 0)
            {
                // The entries shifted so far are moved back, and the key's value replaced.
                Array.Copy(_keys, at + 1, _keys, at, _count - at);
                Array.Copy(_values, at + 1, _values, at, _count - at);
                _values[at - 1] = value;
                return;
            }
            _keys[at] = _keys[at - 1];
            _values[at] = _values[at - 1];
            at--;
        }
        _keys[at] = key;
        _values[at] = value;
        _count++;
    }

    /// <summary>Whether the map being made has this key.</summary>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    private int IndexOf(string key)
    {
        for (int i = 0; i < _count; i++)
            if (string.Equals(_keys[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>The map of the entries added since the last one was made (the empty map when there are none); begins the next.</summary>
    public ImmutableSortedDictionary<string, object> ToImmutable()
    {
        if (_count == 0) return PropertyMaps.Empty;
        var map = _map;
        map.Clear();
        foreach (int i in InsertionOrders[_count]) map.Add(_keys[i], _values[i]);
        // The values are the map's now; the arrays should not keep them alive until the next map.
        Array.Clear(_values, 0, _count);
        _count = 0;
        return map.ToImmutable();
    }

    private static int[][] MakeInsertionOrders()
    {
        var orders = new int[MaxEntries + 1][];
        var ranges = new Queue<(int Start, int End)>();
        for (int count = 0; count <= MaxEntries; count++)
        {
            var order = new List<int>(count);
            ranges.Enqueue((0, count));
            while (ranges.Count > 0)
            {
                var (start, end) = ranges.Dequeue();
                if (start >= end) continue;
                int middle = (start + end) / 2;
                order.Add(middle);
                ranges.Enqueue((start, middle));
                ranges.Enqueue((middle + 1, end));
            }
            orders[count] = [.. order];
        }
        return orders;
    }
}
