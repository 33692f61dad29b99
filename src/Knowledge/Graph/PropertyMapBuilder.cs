using System.Collections.Immutable;

namespace Knowledge.Graph;

/// <summary>
/// Makes small property maps (a node's dozen keys) one after another through one shared
/// <c>ImmutableSortedDictionary</c> builder: the entries wait in two small arrays (a key set again replaces its value)
/// and go into the builder when the map is made. Sharing the builder and its arrays is what saves the allocations;
/// inserting the keys in a balanced order instead was measured no faster (the cost of a map is its node objects, not the
/// AVL tree's rotations). One instance serves many maps; a map made stays as it was when the next is begun.
/// </summary>
internal sealed class PropertyMapBuilder
{
    /// <summary>The most entries a map may have.</summary>
    public const int MaxEntries = 16;

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
        int i = IndexOf(key);
        if (i < 0)
        {
            if (_count == MaxEntries) throw new InvalidOperationException($"A property map made here holds at most {MaxEntries} entries.");
            i = _count++;
            _keys[i] = key;
        }
        _values[i] = value;
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
        for (int i = 0; i < _count; i++) map.Add(_keys[i], _values[i]);
        // The values are the map's now; the arrays should not keep them alive until the next map.
        Array.Clear(_values, 0, _count);
        _count = 0;
        return map.ToImmutable();
    }
}
