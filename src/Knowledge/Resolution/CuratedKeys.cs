using Knowledge.Pipeline;

namespace Knowledge.Resolution;

/// <summary>
/// Applies a user's <see cref="EntityCuration"/> to identity keys: a split gives the name's mentions in the
/// listed documents keys of their own, so they join nothing elsewhere; a merge unites the keys of its names.
/// Both act on keys, never on documents, so a store resolving its documents again applies them the same way.
/// </summary>
internal sealed class CuratedKeys
{
    private readonly EntityKeys _keys;
    private readonly EntityCuration _curation;
    private const string SplitMark = "#curation-split-";

    private readonly Dictionary<string, List<(HashSet<string> Documents, int Line)>> _splits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _splitLineOfKey = new(StringComparer.Ordinal);

    public CuratedKeys(EntityKeys keys, EntityCuration curation)
    {
        _keys = keys;
        _curation = curation;
        foreach (var split in curation.Splits)
        {
            var key = keys.NameKey(split.Type, split.Name);
            if (!_splits.TryGetValue(key, out var list)) _splits[key] = list = [];
            list.Add((new HashSet<string>(split.Documents, StringComparer.Ordinal), split.Line));
        }
    }

    public bool IsEmpty => _curation.IsEmpty;

    /// <summary>The mention's keys, made its split's own when a split names it in this document (the first such split wins).</summary>
    public string[] Apply(string docId, string[] keys)
    {
        if (keys.Length == 0 || !_splits.TryGetValue(keys[0], out var splits)) return keys;
        foreach (var (documents, line) in splits)
        {
            if (!documents.Contains(docId)) continue;
            string[] own = [.. keys.Select(k => $"{k}{SplitMark}{line}")];
            _splitLineOfKey[own[0]] = line;
            return own;
        }
        return keys;
    }

    /// <summary>Unites the keys of each merge's names.</summary>
    public void Merge(UnionFind uf)
    {
        foreach (var merge in _curation.Merges)
        {
            var first = _keys.NameKey(merge.Type, merge.Names[0]);
            foreach (var name in merge.Names.Skip(1)) uf.Union(first, _keys.NameKey(merge.Type, name));
        }
    }

    /// <summary>The curation lines that shaped a node whose members have these keys (merges whose names it holds, splits it was made by).</summary>
    public IEnumerable<int> Lines(UnionFind uf, string root, IEnumerable<string[]> memberKeys)
    {
        var lines = new SortedSet<int>();
        foreach (var merge in _curation.Merges)
            if (merge.Names.Count(n => uf.Find(_keys.NameKey(merge.Type, n)) == root && memberKeys.Any(k => k.Contains(_keys.NameKey(merge.Type, n)))) >= 2)
                lines.Add(merge.Line);
        foreach (var keys in memberKeys)
            if (_splitLineOfKey.TryGetValue(keys[0], out int line)) lines.Add(line);
        return lines;
    }
}
