using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Knowledge.Graph;

namespace Knowledge.Query;

/// <summary>
/// Answers "who said what, when" over a graph: quotes filtered by speaker, organisation, topic,
/// date range, kind and text, ordered by date, each with its speaker's role at the time. The graph is
/// indexed once; <see cref="Find"/> can then be called many times, from several threads.
/// </summary>
public sealed class QuoteFinder
{
    private readonly ImmutableArray<Entry> _entries;
    private readonly OrganizationScope _organizations;

    /// <summary>Indexes the quotes of a graph.</summary>
    public QuoteFinder(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _organizations = new OrganizationScope(graph);
        var documents = graph.NodesOf(NodeType.Document)
            .ToDictionary(d => d["docId"]?.ToString() ?? d.Id, d => d, StringComparer.Ordinal);
        var roleCache = new Dictionary<string, ImmutableArray<HeldRole>>(StringComparer.Ordinal);
        var edges = new QuoteEdges(graph);
        var entries = ImmutableArray.CreateBuilder<Entry>();
        foreach (var quote in graph.NodesOf(NodeType.Quote))
        {
            string docId = quote["docId"]?.ToString() ?? "";
            documents.TryGetValue(docId, out var document);
            var speaker = FirstById(edges.In(quote), EdgeType.SAID, source: true);
            var about = TargetsById(edges.Out(quote), EdgeType.ABOUT);
            var memberOf = speaker is { Type: NodeType.Person } ? TargetsOf(edges.Out(speaker), EdgeType.MEMBER_OF) : [];
            var roles = ImmutableArray<HeldRole>.Empty;
            if (speaker is not null && !roleCache.TryGetValue(speaker.Id, out roles))
                roleCache[speaker.Id] = roles = RolesOf(edges, speaker, documents);
            var date = PartialDate.From(quote["date"]);
            var current = RoleAt(roles, docId, date);
            var result = new QuoteResult(quote.Id, quote["text"]?.ToString() ?? quote.Label, quote["kind"]?.ToString() ?? "direct", docId)
            {
                Date = date,
                DateSource = quote["dateSource"]?.ToString() ?? (date is null ? "unknown" : "published"),
                SpeakerId = speaker?.Id,
                Speaker = speaker?.Label,
                Role = current?.Role,
                DocumentTitle = document?["title"]?.ToString(),
                Spans = quote.Mentions,
                About = LabelsOf(about),
            };
            entries.Add(new Entry(result, speaker, about, roles, current, memberOf));
        }
        _entries = Ordered(entries);
    }

    /// <summary>
    /// The entries by date (undated last), document, first offset and id; a stable sort, as the ordering they
    /// replace was: equal entries keep the graph's order.
    /// </summary>
    private static ImmutableArray<Entry> Ordered(ImmutableArray<Entry>.Builder entries)
    {
        var order = new (Entry Entry, int Index)[entries.Count];
        for (int i = 0; i < order.Length; i++) order[i] = (entries[i], i);
        Array.Sort(order, static (a, b) =>
        {
            int c = Compare(a.Entry.Result, b.Entry.Result);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        var sorted = ImmutableArray.CreateBuilder<Entry>(order.Length);
        foreach (var (entry, _) in order) sorted.Add(entry);
        return sorted.MoveToImmutable();
    }

    private static int Compare(QuoteResult a, QuoteResult b)
    {
        int c = (a.Date is null ? 1 : 0).CompareTo(b.Date is null ? 1 : 0);
        if (c != 0) return c;
        c = (a.Date ?? default).CompareTo(b.Date ?? default);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.DocumentId, b.DocumentId);
        if (c != 0) return c;
        c = (a.Spans.IsDefaultOrEmpty ? 0 : a.Spans[0].Start).CompareTo(b.Spans.IsDefaultOrEmpty ? 0 : b.Spans[0].Start);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>The quotes that meet every criterion of <paramref name="query"/>, ordered by date (undated last), document and offset.</summary>
    /// <exception cref="ArgumentException">The query's <see cref="QuoteQuery.From"/> is after its <see cref="QuoteQuery.To"/>.</exception>
    public IReadOnlyList<QuoteResult> Find(QuoteQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query is { From: { } earliest, To: { } latest } && earliest > latest)
            throw new ArgumentException($"The date range is reversed: From {Day(earliest)} is after To {Day(latest)}.", nameof(query));
        var speaker = Matcher(query.Speaker, person: true);
        var organizations = string.IsNullOrWhiteSpace(query.Organization) ? null : _organizations.Resolve(query.Organization);
        var about = Matcher(query.About, person: false);
        var text = Matcher(query.Text, person: false);
        string? kind = query.Kind?.ToString().ToLowerInvariant();
        var from = query.From ?? DateOnly.MinValue;
        var to = query.To ?? DateOnly.MaxValue;
        bool dated = query.From is not null || query.To is not null;

        var found = new List<QuoteResult>();
        foreach (var e in _entries)
        {
            var r = e.Result;
            if (kind is not null && r.Kind != kind) continue;
            if (dated && (r.Date is not { } d || !d.Overlaps(from, to))) continue;
            if (speaker is not null && (e.Speaker is null || !speaker.Matches(e.Speaker))) continue;
            if (organizations is not null && !SpeaksFor(e, organizations)) continue;
            if (about is not null && !e.About.Any(about.Matches)) continue;
            if (text is not null && !text.Matches(r.Text)) continue;
            found.Add(r);
        }
        return found;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every quote of the graph, in the order <see cref="Find"/> uses.</summary>
    public IReadOnlyList<QuoteResult> All => _entries.Select(e => e.Result).ToList();

    private static NameMatcher? Matcher(string? typed, bool person)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        // A query of punctuation or honorifics only gives an empty matcher, which matches nothing rather than everything.
        return person ? NameMatcher.ForPerson(typed) : new NameMatcher(typed);
    }

    /// <summary>
    /// The speaker is one of the organisations, is a member of one, or holds a role at one at the time (at any of them
    /// when the time's role is unknown).
    /// </summary>
    private static bool SpeaksFor(Entry e, IReadOnlySet<GraphNode> organizations)
    {
        if (e.Speaker is null) return false;
        if (e.Speaker.Type == NodeType.Organization) return organizations.Contains(e.Speaker);
        if (e.MemberOf.Any(organizations.Contains)) return true;
        if (e.Current is not null) return e.Current.Organization is { } now && organizations.Contains(now);
        return e.Roles.Any(r => r.Organization is not null && organizations.Contains(r.Organization));
    }

    /// <summary>Of the edges of one type, the end node (source or target) first in id order; null when there is none.</summary>
    private static GraphNode? FirstById(IReadOnlyList<GraphEdge> edges, EdgeType type, bool source)
    {
        GraphNode? first = null;
        for (int i = 0; i < edges.Count; i++)
        {
            var e = edges[i];
            if (e.Type != type) continue;
            var node = source ? e.Source : e.Target;
            if (first is null || string.CompareOrdinal(node.Id, first.Id) < 0) first = node;
        }
        return first;
    }

    /// <summary>The targets of the edges of one type, in id order (a stable sort: equal ids keep the edges' order).</summary>
    private static ImmutableArray<GraphNode> TargetsById(IReadOnlyList<GraphEdge> edges, EdgeType type)
    {
        var targets = TargetsOf(edges, type);
        if (targets.Length > 1) return [.. targets.OrderBy(n => n.Id, StringComparer.Ordinal)];
        return targets;
    }

    private static ImmutableArray<string> LabelsOf(ImmutableArray<GraphNode> nodes)
    {
        if (nodes.IsEmpty) return [];
        var labels = new string[nodes.Length];
        for (int i = 0; i < labels.Length; i++) labels[i] = nodes[i].Label;
        return ImmutableCollectionsMarshal.AsImmutableArray(labels);
    }

    /// <summary>The targets of the edges of one type, in the edges' order.</summary>
    private static ImmutableArray<GraphNode> TargetsOf(IReadOnlyList<GraphEdge> edges, EdgeType type)
    {
        int count = 0;
        for (int i = 0; i < edges.Count; i++)
            if (edges[i].Type == type) count++;
        if (count == 0) return [];
        var targets = ImmutableArray.CreateBuilder<GraphNode>(count);
        for (int i = 0; i < edges.Count; i++)
            if (edges[i].Type == type) targets.Add(edges[i].Target);
        return targets.MoveToImmutable();
    }

    private static ImmutableArray<HeldRole> RolesOf(QuoteEdges edges, GraphNode person, IReadOnlyDictionary<string, GraphNode> documents)
    {
        var held = ImmutableArray.CreateBuilder<HeldRole>();
        foreach (var edge in edges.Out(person))
        {
            if (edge.Type != EdgeType.HOLDS_ROLE) continue;
            var role = edge.Target;
            var org = FirstById(edges.Out(role), EdgeType.AT, source: false);
            var title = role["title"]?.ToString() ?? role.Label;
            foreach (var ev in edge.Evidence)
            {
                var published = documents.TryGetValue(ev.DocId, out var d) ? PartialDate.From(d["published"]) : null;
                held.Add(new HeldRole(new SpeakerRole(title, org?.Label), org, ev, published));
            }
        }
        return held.OrderBy(h => h.Evidence).ToImmutableArray();
    }

    /// <summary>The role given in the quote's own document, else the latest one given on or before its date.</summary>
    private static HeldRole? RoleAt(ImmutableArray<HeldRole> roles, string docId, PartialDate? date)
    {
        if (roles.IsDefaultOrEmpty) return null;
        // Loops, not a filtered list and a sort per quote: the first of the same document's roles with an
        // organisation (else its first), else the latest published by the date, the first by evidence among equals.
        HeldRole? sameDoc = null, sameDocWithOrganization = null;
        foreach (var r in roles)
        {
            if (r.Evidence.DocId != docId) continue;
            sameDoc ??= r;
            if (r.Organization is not null && sameDocWithOrganization is null) sameDocWithOrganization = r;
        }
        if (sameDoc is not null) return sameDocWithOrganization ?? sameDoc;
        if (date is not { } when) return null;
        HeldRole? latest = null;
        foreach (var r in roles)
        {
            if (r.Published is not { } p || p.First > when.Last) continue;
            if (latest is null) { latest = r; continue; }
            int c = p.CompareTo(latest.Published!.Value);
            if (c > 0 || (c == 0 && r.Evidence.CompareTo(latest.Evidence) < 0)) latest = r;
        }
        return latest;
    }

    /// <summary>A role as one document gives it, with that document's date.</summary>
    private sealed record HeldRole(SpeakerRole Role, GraphNode? Organization, Provenance Evidence, PartialDate? Published);

    /// <summary>
    /// A quote with the nodes its filters look at; <paramref name="Current"/> is the speaker's role at the time and
    /// <paramref name="MemberOf"/> the organisations a speaking person is a member of.
    /// </summary>
    private sealed record Entry(QuoteResult Result, GraphNode? Speaker, ImmutableArray<GraphNode> About, ImmutableArray<HeldRole> Roles, HeldRole? Current,
        ImmutableArray<GraphNode> MemberOf);
}
