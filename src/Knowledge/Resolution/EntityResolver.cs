using System.Collections.Immutable;
using Knowledge.Graph;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>The resolved entities of a corpus and the node each mention belongs to.</summary>
internal sealed class ResolvedEntities
{
    private readonly Dictionary<(string Doc, int Start, int End, EntityType Type), string> _nodeOf;
    private readonly Dictionary<string, string> _nodeOfKey;
    private readonly EntityKeys _keys;

    public ResolvedEntities(ImmutableArray<GraphNode> nodes, Dictionary<(string, int, int, EntityType), string> nodeOf, Dictionary<string, string> nodeOfKey, EntityKeys keys)
    {
        Nodes = nodes;
        _keys = keys;
        _nodeOf = nodeOf;
        _nodeOfKey = nodeOfKey;
    }

    public ImmutableArray<GraphNode> Nodes { get; }

    public string? NodeIdOf(string docId, EntityMention m) =>
        _nodeOf.TryGetValue((docId, m.Start, m.End, m.Type), out var id) ? id : null;

    /// <summary>
    /// The node a name denotes anywhere in the corpus (by the identity keys of <see cref="EntityKeys"/>),
    /// for a name that is not itself a resolved mention, such as a parent body's name inside a unit's name.
    /// </summary>
    public string? NodeIdOfName(EntityMention m)
    {
        foreach (var key in _keys.Of(m))
            if (_nodeOfKey.TryGetValue(key, out var id)) return id;
        return null;
    }
}

/// <summary>
/// Cross-document resolution: mentions sharing an identity key (see <see cref="EntityKeys"/>) are
/// one entity; the union is near-linear in the number of mentions. An acronym seen only bare (never
/// defined anywhere in the corpus, never used as a possessive) is dropped as too weak. Documents are
/// added one at a time and only what resolution needs of each is kept (its id, its entity mentions with
/// their keys and the text each was written as), so the documents themselves need not stay in memory.
/// A user's curation (<see cref="CuratedKeys"/>) splits and merges keys before the groups are formed.
/// </summary>
internal sealed class EntityResolver(EntityKeys entityKeys, EntityCuration curation)
{
    private readonly CuratedKeys _curated = new(entityKeys, curation);

    private sealed record Collected(string DocId, EntityMention M, string[] Keys, string Written, SourceSpan? Source);

    private readonly UnionFind _uf = new();
    private readonly List<Collected> _all = [];
    // A corpus names the same entities again and again: each distinct form's keys are computed once,
    // and each distinct written form is kept once.
    private readonly Dictionary<(EntityType, string, string?, string?), string[]> _keysOf = [];
    private readonly Dictionary<string, string> _writtenForms = new(StringComparer.Ordinal);

    /// <summary>Takes in one document's entity mentions (documents must come in resolution order).</summary>
    public void Add(Doc doc)
    {
        foreach (var m in doc.Entities)
        {
            string[] keys;
            if (!m.EquivalentKeys.IsDefaultOrEmpty) keys = [.. entityKeys.Of(m)];
            else if (!_keysOf.TryGetValue((m.Type, m.Name, m.Key, m.SameAs), out keys!))
                _keysOf[(m.Type, m.Name, m.Key, m.SameAs)] = keys = [.. entityKeys.Of(m)];
            if (!_curated.IsEmpty) keys = _curated.Apply(doc.Id, keys);
            for (int k = 1; k < keys.Length; k++) _uf.Union(keys[0], keys[k]);
            _uf.Find(keys[0]);
            string written = doc.Slice(m.Start, m.End).Trim();
            if (!_writtenForms.TryGetValue(written, out var shared)) _writtenForms[written] = shared = written;
            _all.Add(new Collected(doc.Id, m, keys, shared, doc.SourceSpanOf(m.Start, m.End)));
        }
    }

    /// <summary>Resolves the mentions of every document added into entity nodes.</summary>
    public ResolvedEntities Resolve()
    {
        var uf = _uf;
        var all = _all;
        // "Ana Reyes" in one document and "Ana Reyes Jr." in another are one person when no other suffix competes.
        PersonSuffixVariants.Link(uf, all.Select(x => x.M), entityKeys);
        // "Tom Ardent" and "Thomas Ardent Jr." named in one document are one person when no other reading competes.
        PersonShortFormVariants.Link(uf, all.Select(x => (x.DocId, x.M)), entityKeys);
        // "Tom Ardent" in one story and "Thomas Ardent" in another are one person when no other reading competes
        // anywhere and the two stories share an organisation.
        PersonShortFormVariants.LinkAcrossDocuments(uf, all.Select(x => (x.DocId, x.M)), entityKeys, OrganizationsByDocument(uf, all));
        // Names a user said are one entity.
        _curated.Merge(uf);
        var groups = all.GroupBy(x => uf.Find(x.Keys[0]), StringComparer.Ordinal)
                        .OrderBy(g => g.Key, StringComparer.Ordinal);
        var nodes = ImmutableArray.CreateBuilder<GraphNode>();
        var nodeOf = new Dictionary<(string, int, int, EntityType), string>();
        var nodeOfKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var members = g.ToList();
            if (members.All(x => x.M.IsWeak)) continue;
            var type = members[0].M.Type.ToNodeType();
            string label = ChooseLabel(type, members.Select(x => x.M));
            string id = NodeIds.For(type, label);
            for (int n = 2; !usedIds.Add(id); n++) id = NodeIds.For(type, label) + "-" + n;
            var aliases = members.SelectMany(Forms)
                .Where(a => a != label && a.Length > 0).Distinct(StringComparer.Ordinal)
                .OrderBy(a => a, StringComparer.Ordinal).ToImmutableArray();
            var docsSeen = members.Select(x => x.DocId).Distinct(StringComparer.Ordinal).OrderBy(d => d, StringComparer.Ordinal).ToList();
            var rules = members.Select(x => x.M.Rule).Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal);
            var props = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
            props["documents"] = docsSeen.Count;
            string evidence = $"rules: {string.Join(", ", rules)}; documents: {string.Join(", ", docsSeen)}";
            if (!_curated.IsEmpty && _curated.Lines(uf, g.Key, members.Select(x => x.Keys)).ToList() is { Count: > 0 } lines)
                evidence += $"; curation lines: {string.Join(", ", lines)}";
            props["mergeEvidence"] = evidence;
            var numbers = members.Where(x => x.M.Type == EntityType.Law && x.M.Rule is EntityRuleIds.LawNumber or EntityRuleIds.LawLinkUrl)
                .Select(x => x.M.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (numbers.Count > 0) props["number"] = string.Join("|", numbers);
            nodes.Add(new GraphNode(id, type, label)
            {
                Aliases = aliases,
                Properties = props.ToImmutable(),
                Mentions = members.Select(x => new Provenance(x.DocId, x.M.Start, x.M.End) { Source = x.Source }).Distinct().Order().ToImmutableArray(),
            });
            foreach (var x in members)
            {
                nodeOf[(x.DocId, x.M.Start, x.M.End, x.M.Type)] = id;
                foreach (var key in x.Keys) nodeOfKey.TryAdd(key, id);
            }
        }
        return new ResolvedEntities(nodes.ToImmutable(), nodeOf, nodeOfKey, entityKeys);
    }

    /// <summary>Each document's organisations (their union-find roots), from mentions that are not weak.</summary>
    private static Func<string, IReadOnlySet<string>> OrganizationsByDocument(UnionFind uf, List<Collected> all)
    {
        var byDocument = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var x in all)
        {
            if (x.M.Type != EntityType.Organization || x.M.IsWeak) continue;
            if (!byDocument.TryGetValue(x.DocId, out var set)) byDocument[x.DocId] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(uf.Find(x.Keys[0]));
        }
        IReadOnlySet<string> none = new HashSet<string>();
        return doc => byDocument.TryGetValue(doc, out var set) ? set : none;
    }

    /// <summary>Every form a mention gives: its cleaned name, the name it equals, and the text as written.</summary>
    private static IEnumerable<string> Forms(Collected x)
    {
        yield return x.M.Name;
        if (x.M.SameAs is not null) yield return x.M.SameAs;
        yield return x.Written;
    }

    /// <summary>The fullest name: for people the longest full name; for others the longest name that is not an acronym.</summary>
    private static string ChooseLabel(NodeType type, IEnumerable<EntityMention> mentions)
    {
        var names = mentions.Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList();
        var preferred = names.Where(n => n.Any(char.IsLower) || type == NodeType.Person).ToList();
        if (preferred.Count == 0) preferred = names;
        return preferred.OrderByDescending(n => n.Split(' ').Length).ThenByDescending(n => n.Length)
                        .ThenBy(n => n, StringComparer.Ordinal).First();
    }
}
