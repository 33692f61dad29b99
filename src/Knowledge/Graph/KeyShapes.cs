namespace Knowledge.Graph;

/// <summary>
/// The key arrays of the property maps one <see cref="PropertyMapBuilder"/> has made, one per distinct set of keys, so
/// that maps with the same keys (every quote's, every role edge's) share one array instead of each holding its own.
/// Holds at most <see cref="MaxShapes"/> arrays; past that, new sets of keys are copied but not kept.
/// </summary>
internal sealed class KeyShapes
{
    /// <summary>The most key arrays kept.</summary>
    public const int MaxShapes = 4096;

    // Open addressing, linear probing; at most half full.
    private string[]?[] _table = new string[]?[64];
    private int _count;

    /// <summary>An array holding these keys (in this order): one kept from an earlier call with the same keys, or a new one.</summary>
    public string[] Intern(ReadOnlySpan<string> keys)
    {
        if (keys.IsEmpty) return [];
        int hash = HashOf(keys);
        int mask = _table.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            var shape = _table[i];
            if (shape is null)
            {
                var made = keys.ToArray();
                if (_count == MaxShapes) return made;
                _table[i] = made;
                if (++_count * 2 > _table.Length) Grow();
                return made;
            }
            if (Same(shape, keys)) return shape;
        }
    }

    private void Grow()
    {
        var old = _table;
        _table = new string[]?[old.Length * 2];
        int mask = _table.Length - 1;
        foreach (var shape in old)
        {
            if (shape is null) continue;
            int i = HashOf(shape) & mask;
            while (_table[i] is not null) i = (i + 1) & mask;
            _table[i] = shape;
        }
    }

    private static bool Same(string[] shape, ReadOnlySpan<string> keys)
    {
        if (shape.Length != keys.Length) return false;
        for (int i = 0; i < keys.Length; i++)
            if (!ReferenceEquals(shape[i], keys[i]) && !string.Equals(shape[i], keys[i], StringComparison.Ordinal)) return false;
        return true;
    }

    private static int HashOf(ReadOnlySpan<string> keys)
    {
        var hash = new HashCode();
        foreach (var key in keys) hash.Add(key, StringComparer.Ordinal);
        return hash.ToHashCode() & int.MaxValue;
    }
}
