namespace Knowledge.Resolution;

/// <summary>Disjoint sets over string keys (path compression, union by size): near-linear cross-document merging.</summary>
internal sealed class UnionFind
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _size = new(StringComparer.Ordinal);

    /// <summary>How many distinct keys were seen.</summary>
    public int Count => _parent.Count;

    public string Find(string key)
    {
        if (!_parent.TryGetValue(key, out var p)) { _parent[key] = key; _size[key] = 1; return key; }
        if (p == key) return key;
        var root = Find(p);
        _parent[key] = root;
        return root;
    }

    public void Union(string a, string b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb) return;
        // Deterministic: the larger set wins, ties to the ordinally smaller key.
        if (_size[ra] < _size[rb] || (_size[ra] == _size[rb] && string.CompareOrdinal(ra, rb) > 0)) (ra, rb) = (rb, ra);
        _parent[rb] = ra;
        _size[ra] += _size[rb];
    }
}
