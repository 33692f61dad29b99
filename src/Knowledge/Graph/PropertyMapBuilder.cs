namespace Knowledge.Graph;

/// <summary>
/// Makes property maps one after another: the entries wait in two small arrays (a key set again replaces its value) and
/// are sorted by key when the map is made, into a map that shares its array of keys with every earlier map of this
/// builder that had the same keys (see <see cref="KeyShapes"/>). Callers that can give the keys in order save the sort.
/// One instance serves many maps, on one thread; a map made stays as it was when the next is begun.
/// </summary>
internal sealed class PropertyMapBuilder
{
    private string[] _keys = new string[16];
    private object[] _values = new object[16];
    private int _count;
    private readonly KeyShapes _shapes = new();

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
            if (_count == _keys.Length)
            {
                Array.Resize(ref _keys, _count * 2);
                Array.Resize(ref _values, _count * 2);
            }
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

    /// <summary>The map of the entries added since the last one was made (<see cref="PropertyMap.Empty"/> when there are none); begins the next.</summary>
    public PropertyMap ToImmutable()
    {
        if (_count == 0) return PropertyMap.Empty;
        int count = _count;
        SortByKey(count);
        var keys = _shapes.Intern(_keys.AsSpan(0, count));
        var values = _values.AsSpan(0, count).ToArray();
        // The values are the map's now; the arrays should not keep them alive until the next map.
        Array.Clear(_values, 0, count);
        Array.Clear(_keys, 0, count);
        _count = 0;
        return new PropertyMap(keys, values);
    }

    // Insertion sort: the entries come in key order or nearly, and there are a dozen.
    private void SortByKey(int count)
    {
        for (int i = 1; i < count; i++)
        {
            var key = _keys[i];
            if (string.CompareOrdinal(_keys[i - 1], key) <= 0) continue;
            var value = _values[i];
            int j = i - 1;
            while (j >= 0 && string.CompareOrdinal(_keys[j], key) > 0)
            {
                _keys[j + 1] = _keys[j];
                _values[j + 1] = _values[j];
                j--;
            }
            _keys[j + 1] = key;
            _values[j + 1] = value;
        }
    }
}
