using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Knowledge.Graph;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

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

    // The curation lines of a node when there is no curation: read only, shared by every node.
    private static readonly List<int> NoCurationLines = [];

    // Not ContainsAnyInRange('a', 'z'): its generic code boxes both bounds on every call until tier 1 replaces it.
    private static readonly SearchValues<char> LowercaseAsciiLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    private readonly UnionFind _uf = new();
    private readonly MentionStore _all = new();
    private readonly List<string> _docIds = [];
    // Each document's number of entity mentions: its table of nodes by mention is made that size, not grown to it.
    private readonly List<int> _mentionCounts = [];
    // A corpus names the same entities again and again: each distinct form's keys are computed once,
    // and each distinct written form is kept once.
    private readonly FormKeysCache _keysOf = new();
    private readonly Dictionary<string, string> _writtenForms = new(StringComparer.Ordinal);

    /// <summary>Takes in one document's entity mentions (documents must come in resolution order).</summary>
    public void Add(Doc doc)
    {
        int docIndex = _docIds.Count;
        _docIds.Add(doc.Id);
        _mentionCounts.Add(doc.Entities.Length);
#if NET9_0_OR_GREATER
        var writtenForms = _writtenForms.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        // A document analysed without keeping its annotations kept only its mentions' words, in their order.
        var words = doc.ResolutionWords;
        int wordsAt = 0;
        foreach (var m in doc.Entities)
        {
            var asWritten = words is null ? doc.SpanOf(m.Start, m.End) : words.NextMention(ref wordsAt, m);
            string[] keys;
            bool known = false;
            if (!m.EquivalentKeys.IsDefaultOrEmpty) keys = [.. entityKeys.Of(m)];
            else keys = _keysOf.GetOrAdd(m, entityKeys, out known);
            if (!_curated.IsEmpty) keys = _curated.Apply(doc.Id, keys);
            // A form seen before (its keys as they were cached, uncurated) has its keys in one set already, and a set is
            // never split: joining them again would change no root and no size, so only its first mention pays the lookups.
            if (!known || !_curated.IsEmpty)
            {
                for (int k = 1; k < keys.Length; k++) _uf.Union(keys[0], keys[k]);
                _uf.Find(keys[0]);
            }
#if NET9_0_OR_GREATER
            var written = asWritten.Trim();
            if (!writtenForms.TryGetValue(written, out var shared))
            {
                shared = written.ToString();
                _writtenForms[shared] = shared;
            }
#else
            string written = asWritten.Trim().ToString();
            if (!_writtenForms.TryGetValue(written, out var shared)) _writtenForms[written] = shared = written;
#endif
            _all.Add(new CollectedMention(docIndex, m, keys, shared, doc.SourceSpanOf(m.Start, m.End)));
        }
    }

    /// <summary>Resolves the mentions of every document added into entity nodes.</summary>
    public ResolvedEntities Resolve()
    {
        var uf = _uf;
        var all = _all;
        var docIds = _docIds;
        var people = new PersonNames(entityKeys);
        // The three joins below read only people named in more than one word: those are picked out once, in order,
        // rather than each join walking (and copying) every mention of the corpus.
        var multiWordPeople = MultiWordPeople(all, docIds);
        // "Ana Reyes" in one document and "Ana Reyes Jr." in another are one person when no other suffix competes.
        PersonSuffixVariants.Link(uf, multiWordPeople.Select(x => x.M), people);
        // "Tom Ardent" and "Thomas Ardent Jr." named in one document are one person when no other reading competes.
        PersonShortFormVariants.Link(uf, multiWordPeople, people);
        // "Tom Ardent" in one story and "Thomas Ardent" in another are one person when no other reading competes
        // anywhere and the two stories share an organisation.
        PersonShortFormVariants.LinkAcrossDocuments(uf, multiWordPeople, people, OrganizationsByDocument(uf, all, docIds));
        // Names a user said are one entity.
        _curated.Merge(uf);
        // The groups, by the root of each mention's first key, in the roots' ordinal order; each group's members in the order added.
        // A group is its first and last member and each member links to the next: a chain through one array, not a
        // list per group (most groups are small and a corpus has tens of thousands).
        var groupOf = new Dictionary<string, (int First, int Last)>(StringComparer.Ordinal);
        var nextMember = new int[all.Count];
        for (int i = 0; i < all.Count; i++)
        {
            nextMember[i] = -1;
            ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(groupOf, uf.Find(all[i].Keys[0]), out bool exists);
            if (!exists) group = (i, i);
            else
            {
                nextMember[group.Last] = i;
                group.Last = i;
            }
        }
        // The roots in ordinal order, sorted as numbers over the roots' array (see OrdinalSort): keys share their type's
        // prefix ("person:"), which a comparison sort compares again for every pair. Each root's group is read from
        // the values' array by the same number, not looked up again by its string.
        var roots = new string[groupOf.Count];
        var groups = new (int First, int Last)[groupOf.Count];
        var rootOrder = new int[groupOf.Count];
        int r = 0;
        foreach (var (groupRoot, group) in groupOf) (roots[r], groups[r], rootOrder[r]) = (groupRoot, group, r++);
        OrdinalSort.Sort(rootOrder, roots, new ulong[roots.Length]);
        var nodes = ImmutableArray.CreateBuilder<GraphNode>();
        // Every key was seen by the union-find, and a form's keys are mostly one shared array: both tables are made
        // about their final size rather than doubled to it.
        var nodeOfKey = new Dictionary<string, string>(uf.Count, StringComparer.Ordinal);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var node = new EntityNodeBuilder(docIds);
        var members = new List<int>();
        var keysEntered = new HashSet<string[]>(_keysOf.Count, ReferenceEqualityComparer.Instance);
        foreach (int rootNumber in rootOrder)
        {
            string root = roots[rootNumber];
            // The builder and the curation read the members at once and keep none: one list serves every group.
            members.Clear();
            for (int i = groups[rootNumber].First; i >= 0; i = nextMember[i]) members.Add(i);
            if (AllWeak(all, members))
            {
                foreach (int i in members) nextMember[i] = -1;
                continue;
            }
            var type = all[members[0]].M.Type.ToNodeType();
            string label = ChooseLabel(type, all, members);
            string id = NodeIds.For(type, label);
            for (int n = 2; !usedIds.Add(id); n++) id = NodeIds.For(type, label) + "-" + n;
            var curationLines = _curated.IsEmpty ? NoCurationLines : _curated.Lines(uf, root, members.Select(i => all[i].Keys)).ToList();
            int nodeIndex = nodes.Count;
            nodes.Add(node.Build(id, type, label, all, members, curationLines));
            foreach (int i in members)
            {
                ref readonly var x = ref all[i];
                // The group's chain was walked into the members above and no other chain passes through them: each
                // member's slot now holds its node.
                nextMember[i] = nodeIndex;
                // A form's keys are one array however often it is named: its keys are entered once.
                if (keysEntered.Add(x.Keys))
                    foreach (var key in x.Keys) nodeOfKey.TryAdd(key, id);
            }
        }
        return new ResolvedEntities(nodes.ToImmutable(), NodesByDocument(nextMember), nodeOfKey, entityKeys);
    }

    /// <summary>
    /// Each document's table of its mentions' nodes (by range and type), from the node of every mention (-1 for a
    /// mention of a weak group, which has none). A document's mentions were added together, so they are a run of the
    /// store. Documents that share an id share a table, as they share their mentions' keys.
    /// </summary>
    private Dictionary<string, MentionNode[]> NodesByDocument(int[] nodeOfMention)
    {
        var all = _all;
        var byDocument = new Dictionary<string, MentionNode[]>(_docIds.Count, StringComparer.Ordinal);
        int first = 0;
        for (int doc = 0; doc < _docIds.Count; doc++)
        {
            int end = first + _mentionCounts[doc], count = 0;
            for (int i = first; i < end; i++)
                if (nodeOfMention[i] >= 0) count++;
            if (count > 0)
            {
                var entries = new MentionNode[count];
                int n = 0;
                for (int i = first; i < end; i++)
                {
                    if (nodeOfMention[i] < 0) continue;
                    var m = all[i].M;
                    entries[n++] = new MentionNode(m.Start, m.End, m.Type, nodeOfMention[i]);
                }
                ref var table = ref CollectionsMarshal.GetValueRefOrAddDefault(byDocument, _docIds[doc], out bool shared);
                table = MentionNode.SortedDistinct(shared ? [.. table!, .. entries] : entries);
            }
            first = end;
        }
        return byDocument;
    }

    // A loop, not TrueForAll with a lambda: the lambda reads a local, so each group made a delegate.
    private static bool AllWeak(MentionStore all, List<int> members)
    {
        foreach (int i in members)
            if (!all[i].M.IsWeak) return false;
        return true;
    }

    /// <summary>The mentions of people whose name has a space, with their document's id, in the order added.</summary>
    private static List<(string DocId, EntityMention M)> MultiWordPeople(MentionStore all, List<string> docIds)
    {
        // Counted first, so the list is made its size rather than doubled to it (a corpus names thousands of people).
        int count = 0;
        for (int i = 0; i < all.Count; i++)
            if (IsMultiWordPerson(all[i].M)) count++;
        var result = new List<(string, EntityMention)>(count);
        for (int i = 0; i < all.Count; i++)
        {
            ref readonly var x = ref all[i];
            if (IsMultiWordPerson(x.M)) result.Add((docIds[x.Doc], x.M));
        }
        return result;
    }

    private static bool IsMultiWordPerson(EntityMention m) => m.Type == EntityType.Person && m.Name.Contains(' ');

    /// <summary>Each document's organisations (their union-find roots, each once), from mentions that are not weak.</summary>
    private static Func<string, IReadOnlyList<string>> OrganizationsByDocument(UnionFind uf, MentionStore all, List<string> docIds)
    {
        // A document's mentions come together: its roots are gathered in one set reused for every document and kept
        // as an array, not a set per document. Documents sharing an id share their organisations.
        var byDocument = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var roots = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<string>();
        string[]? lastKeys = null;
        string? root = null;
        int doc = -1;
        for (int i = 0; i <= all.Count; i++)
        {
            if (i == all.Count || all[i].Doc != doc)
            {
                if (ordered.Count > 0) Keep(byDocument, docIds[doc], ordered);
                if (i == all.Count) break;
                doc = all[i].Doc;
                roots.Clear();
                ordered.Clear();
            }
            ref readonly var x = ref all[i];
            if (x.M.Type != EntityType.Organization || x.M.IsWeak) continue;
            // A form's keys are one array however often it is named, and no set changes here: a root found is found again.
            if (!ReferenceEquals(x.Keys, lastKeys)) (lastKeys, root) = (x.Keys, uf.Find(x.Keys[0]));
            if (roots.Add(root!)) ordered.Add(root!);
        }
        return docId => byDocument.TryGetValue(docId, out var organizations) ? organizations : [];
    }

    private static void Keep(Dictionary<string, string[]> byDocument, string docId, List<string> roots)
    {
        ref var kept = ref CollectionsMarshal.GetValueRefOrAddDefault(byDocument, docId, out bool exists);
        kept = exists ? [.. kept!.Union(roots, StringComparer.Ordinal)] : [.. roots];
    }

    /// <summary>
    /// The fullest name: for people the longest full name; for others the longest name that is not an acronym
    /// (of the names with a lower-case letter, when there are any). Most words wins, then most characters, then the
    /// ordinally first.
    /// </summary>
    private static string ChooseLabel(NodeType type, MentionStore all, List<int> members)
    {
        string? best = null, bestAny = null, previous = null;
        int bestWords = 0, bestAnyWords = 0;
        foreach (int i in members)
        {
            string name = all[i].M.Name;
            // An entity is named the same way again and again: a name equal to one already weighed cannot be fuller
            // than the best so far (the order is total), so only the first of a run, and not the leader, is weighed.
            if (name == previous || name == bestAny) continue;
            previous = name;
            int words = Words(name);
            if (Fuller(name, words, bestAny, bestAnyWords)) (bestAny, bestAnyWords) = (name, words);
            if (Fuller(name, words, best, bestWords) && (type == NodeType.Person || name.AsSpan().ContainsAny(LowercaseAsciiLetters) || HasLower(name)))
                (best, bestWords) = (name, words);
        }
        return best ?? bestAny!;
    }

    private static bool HasLower(string name)
    {
        foreach (char c in name)
            if (char.IsLower(c)) return true;
        return false;
    }

    private static bool Fuller(string name, int words, string? than, int thanWords)
    {
        if (than is null) return true;
        int c = words.CompareTo(thanWords);
        if (c == 0) c = name.Length.CompareTo(than.Length);
        return c > 0 || (c == 0 && string.CompareOrdinal(name, than) < 0);
    }

    private static int Words(string name) => name.AsSpan().Count(' ') + 1;
}
