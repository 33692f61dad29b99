using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace Knowledge.Graph;

/// <summary>
/// The typed properties of a node or an edge (string, bool, int, long, double, DateOnly…): an immutable map whose
/// entries are kept, and enumerated, in ordinal order of their keys. Maps made by the pipeline share one array of keys
/// among all maps with the same keys, so a map costs little more than its values: a graph holds one per node and edge.
/// </summary>
public sealed class PropertyMap : IReadOnlyDictionary<string, object>
{
    // The keys in ordinal order, without duplicates, and the value of each key at the same index. The keys array may be
    // shared by many maps; neither array is ever changed once a map holds it.
    private readonly string[] _keys;
    private readonly object[] _values;

    internal PropertyMap(string[] sortedKeys, object[] values)
    {
        _keys = sortedKeys;
        _values = values;
    }

    /// <summary>The map without entries.</summary>
    public static PropertyMap Empty { get; } = new([], []);

    /// <summary>A map of these entries, in any order.</summary>
    /// <exception cref="ArgumentException">A key is given twice.</exception>
    /// <exception cref="ArgumentNullException">A key or a value is null.</exception>
    public static PropertyMap Create(IEnumerable<KeyValuePair<string, object>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var keys = new List<string>();
        var values = new List<object>();
        foreach (var (key, value) in entries)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(entries));
            ArgumentNullException.ThrowIfNull(value, nameof(entries));
            keys.Add(key);
            values.Add(value);
        }
        if (keys.Count == 0) return Empty;
        var keyArray = keys.ToArray();
        var valueArray = values.ToArray();
        Array.Sort(keyArray, valueArray, StringComparer.Ordinal);
        for (int i = 1; i < keyArray.Length; i++)
            if (string.Equals(keyArray[i - 1], keyArray[i], StringComparison.Ordinal))
                throw new ArgumentException($"The key \"{keyArray[i]}\" is given more than once.", nameof(entries));
        return new PropertyMap(keyArray, valueArray);
    }

    /// <summary>How many entries the map has.</summary>
    public int Count => _keys.Length;

    /// <summary>Whether the map has no entries.</summary>
    public bool IsEmpty => _keys.Length == 0;

    /// <summary>The keys, in ordinal order.</summary>
    public ImmutableArray<string> Keys => ImmutableCollectionsMarshal.AsImmutableArray(_keys);

    /// <summary>The values, in the order of their keys.</summary>
    public ImmutableArray<object> Values => ImmutableCollectionsMarshal.AsImmutableArray(_values);

    // Not the arrays themselves: a caller could cast them back and change every map that shares the keys.
    IEnumerable<string> IReadOnlyDictionary<string, object>.Keys => Keys;

    IEnumerable<object> IReadOnlyDictionary<string, object>.Values => Values;

    /// <summary>The value of a key.</summary>
    /// <exception cref="KeyNotFoundException">The map has no such key.</exception>
    public object this[string key] =>
        IndexOf(key) is var i and >= 0 ? _values[i] : throw new KeyNotFoundException($"The key \"{key}\" is not in the map.");

    /// <summary>Whether the map has this key.</summary>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>The value of a key, when the map has it.</summary>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        int i = IndexOf(key);
        if (i < 0)
        {
            value = null;
            return false;
        }
        value = _values[i];
        return true;
    }

    /// <summary>This map with a key set to a value: added when absent, replaced when present.</summary>
    public PropertyMap SetItem(string key, object value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        int i = IndexOf(key);
        if (i >= 0)
        {
            var values = (object[])_values.Clone();
            values[i] = value;
            return new PropertyMap(_keys, values);
        }
        return Insert(~i, key, value);
    }

    /// <summary>This map with one more entry.</summary>
    /// <exception cref="ArgumentException">The map has the key already.</exception>
    public PropertyMap Add(string key, object value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        int i = IndexOf(key);
        if (i >= 0) throw new ArgumentException($"The key \"{key}\" is in the map already.", nameof(key));
        return Insert(~i, key, value);
    }

    /// <summary>This map without a key (the same map when it has no such key).</summary>
    public PropertyMap Remove(string key)
    {
        int i = IndexOf(key);
        if (i < 0) return this;
        if (_keys.Length == 1) return Empty;
        return new PropertyMap(Without(_keys, i), Without(_values, i));
    }

    /// <summary>This map with the entries of <paramref name="other"/> whose keys it does not have.</summary>
    internal PropertyMap WithMissingFrom(PropertyMap other)
    {
        if (other.IsEmpty) return this;
        if (IsEmpty) return other;
        var map = this;
        for (int i = 0; i < other._keys.Length; i++)
        {
            int at = map.IndexOf(other._keys[i]);
            if (at < 0) map = map.Insert(~at, other._keys[i], other._values[i]);
        }
        return map;
    }

    private PropertyMap Insert(int at, string key, object value)
    {
        var keys = new string[_keys.Length + 1];
        var values = new object[_values.Length + 1];
        _keys.AsSpan(0, at).CopyTo(keys);
        _values.AsSpan(0, at).CopyTo(values);
        keys[at] = key;
        values[at] = value;
        _keys.AsSpan(at).CopyTo(keys.AsSpan(at + 1));
        _values.AsSpan(at).CopyTo(values.AsSpan(at + 1));
        return new PropertyMap(keys, values);
    }

    private static T[] Without<T>(T[] items, int at)
    {
        var rest = new T[items.Length - 1];
        items.AsSpan(0, at).CopyTo(rest);
        items.AsSpan(at + 1).CopyTo(rest.AsSpan(at));
        return rest;
    }

    // The index of a key, or the complement of where it would go.
    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        int low = 0, high = _keys.Length - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            int order = string.CompareOrdinal(_keys[middle], key);
            if (order == 0) return middle;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return ~low;
    }

    /// <summary>The entries in ordinal order of their keys.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<string, object>> IEnumerable<KeyValuePair<string, object>>.GetEnumerator()
    {
        for (int i = 0; i < _keys.Length; i++) yield return new(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<KeyValuePair<string, object>>)this).GetEnumerator();

    /// <summary>Enumerates a map's entries in ordinal order of their keys, without allocating.</summary>
    public struct Enumerator
    {
        private readonly PropertyMap _map;
        private int _index;

        internal Enumerator(PropertyMap map)
        {
            _map = map;
            _index = -1;
        }

        /// <summary>The entry at the enumerator's position.</summary>
        public readonly KeyValuePair<string, object> Current => new(_map._keys[_index], _map._values[_index]);

        /// <summary>Moves to the next entry; false past the last.</summary>
        public bool MoveNext() => ++_index < _map._keys.Length;
    }
}
