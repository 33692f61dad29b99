using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>
/// Adds Event nodes (eventType, date, docId, documents, summary, trigger, agentDescription and
/// subjectDescription for parties described but not named; mentions = the sentences
/// that tell it) with Event —IN→ each Document that tells it, Participant —PARTICIPATED_IN→ Event
/// (part: agent, subject, participant), Event —ABOUT→ Law and Event —LOCATED_IN→ Place. An event dated to the day with named
/// participants has an id of its type, date and participants, so documents telling the same event
/// share one node; any other event's id also holds its document.
/// </summary>
internal sealed partial class EventNodes
{
    // The events told again by later documents: their documents and mentions, merged into their nodes once, at the end.
    private sealed class Retold
    {
        // "documents" as the node would have had it after each retelling: the earlier ids split at '|', and the last id.
        public SortedSet<string> Before { get; } = new(StringComparer.Ordinal);
        public string? Last { get; set; }
        public List<Provenance> Mentions { get; } = [];
    }

    private readonly Dictionary<string, Retold> _retold = new(StringComparer.Ordinal);

    // The PARTICIPATED_IN edges' properties, one map per part, shared by every edge.
    private static readonly Dictionary<EventPart, PropertyMap> PartProperties =
        Enum.GetValues<EventPart>().ToDictionary(p => p, PartProperty);

    private static PropertyMap PartProperty(EventPart part)
    {
        var props = new PropertyMapBuilder();
        props["part"] = part.Name();
        return props.ToImmutable();
    }

    // A participant of the event being added: its node (id and number in the graph builder), part, where it is named and its node's type.
    private readonly record struct Participant(string Id, int Number, EventPart Part, Provenance Where, NodeType Type);

    // Reused from event to event: the participants (first naming of each node), the named ones and their parts.
    private readonly List<Participant> _participants = [];
    // The participants' nodes, by index among the entity nodes.
    private readonly HashSet<int> _participantNodes = [];
    private readonly List<string> _named = [];
    private readonly HashSet<EventPart> _namedParts = [];
    // The event ids given in the document in turn (one set for every document, cleared for each).
    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);
    // The new events' property maps, made one after another.
    private readonly PropertyMapBuilder _props = new();

    // An id's type part and a description's property name, made once per value rather than per event.
    private static readonly Dictionary<EventType, string> TypeIdParts = Enum.GetValues<EventType>().ToDictionary(t => t, t => t.Name().ToLowerInvariant());
    private static readonly Dictionary<EventPart, string> DescriptionKeys = Enum.GetValues<EventPart>().ToDictionary(p => p, p => p.Name() + "Description");

    // What AddNode is told of an event id's number when the id has none yet, or when it was not looked up.
    private const int NotNamed = -1, Unknown = -2;

    // The participants by node id (ordinal; each id once).
    private static readonly Comparison<Participant> ById = static (a, b) => string.CompareOrdinal(a.Id, b.Id);

    /// <summary>
    /// Adds the nodes and edges of the document's events; <paramref name="triggers"/>, when given, holds the text of each
    /// event mention's trigger in the order of <see cref="Doc.Events"/> (for a document whose text is gone), else the
    /// triggers are read from the document's text.
    /// </summary>
    public void Add(KnowledgeGraphBuilder builder, Doc doc, int docNumber, DocumentNodeIds nodeIds, string[]? triggers = null)
    {
        if (doc.Events.IsDefaultOrEmpty) return;
        var used = _usedIds;
        used.Clear();
        string safeDocId = NodeIds.Safe(doc.Id);
        var participants = _participants;
        var named = _named;
        var namedParts = _namedParts;
        var events = ByEvent(doc.Events, out var positions);
        for (int from = 0; from < events.Length;)
        {
            int to = from + 1;
            while (to < events.Length && events[to].EventIndex == events[from].EventIndex) to++;
            ReadOnlySpan<EventMention> mentions = events.AsSpan(from, to - from);
            var first = mentions[0];
            string? trigger = triggers?[positions is null ? from : positions[from]];
            from = to;
            participants.Clear();
            _participantNodes.Clear();
            foreach (var m in mentions)
                foreach (var p in m.Participants)
                    if (nodeIds.IndexOf(p.Entity) is var node and >= 0 && _participantNodes.Add(node))
                    {
                        var (start, end) = p.Anaphor ?? (p.Entity.Start, p.Entity.End);
                        participants.Add(new Participant(nodeIds.IdAt(node), nodeIds.NumberAt(node), p.Part, doc.ProvenanceOf(start, end), p.Entity.Type.ToNodeType()));
                    }
            participants.Sort(ById);
            named.Clear();
            namedParts.Clear();
            foreach (var p in participants)
                if (p.Type is NodeType.Person or NodeType.Organization)
                {
                    named.Add(p.Id);
                    namedParts.Add(p.Part);
                }
            string? iso = first.Date?.Iso;
            string id = NodeId(builder, safeDocId, first, iso, named, used, out int knownNumber);
            var evidence = Evidence(doc, mentions);
            int eventNumber = AddNode(builder, doc, id, knownNumber, first, iso, trigger, evidence, mentions, namedParts);
            // The node's mentions are the array itself (when the node is new) and so is this edge's evidence: none changes it.
            builder.AddEdgeSharing(eventNumber, EdgeType.IN, docNumber, ImmutableCollectionsMarshal.AsArray(evidence)!);
            foreach (var (_, number, part, where, type) in participants)
            {
                switch (type)
                {
                    case NodeType.Law: builder.AddEdge(eventNumber, EdgeType.ABOUT, number, where); break;
                    case NodeType.Place: builder.AddEdge(eventNumber, EdgeType.LOCATED_IN, number, where); break;
                    default: builder.AddEdge(number, EdgeType.PARTICIPATED_IN, eventNumber, where, PartProperties[part]); break;
                }
            }
        }
    }

    /// <summary>
    /// Merges the retellings into their events' nodes: "documents" lists every document that tells the event (once
    /// each, sorted, joined by '|') and the mentions are all the sentences that tell it, once each, in order.
    /// </summary>
    public void Finish(KnowledgeGraphBuilder builder)
    {
        foreach (var (id, retold) in _retold)
        {
            var existing = builder.Find(id)!;
            var documents = new SortedSet<string>(retold.Before, StringComparer.Ordinal) { retold.Last! };
            builder.Replace(existing with
            {
                Properties = existing.Properties.SetItem("documents", string.Join("|", documents)),
                Mentions = ProvenanceOrder.Merged(existing.Mentions, CollectionsMarshal.AsSpan(retold.Mentions)),
            });
        }
        _retold.Clear();
    }

    /// <summary>
    /// The document's event mentions grouped by event: the events in index order, each event's mentions in text order
    /// (the order given). Usually they are given so; otherwise a copy is sorted by index, ties kept in their order, and
    /// <paramref name="positions"/> gives each sorted mention's position in <paramref name="events"/> (null when not sorted).
    /// </summary>
    private static EventMention[] ByEvent(ImmutableArray<EventMention> events, out int[]? positions)
    {
        var array = ImmutableCollectionsMarshal.AsArray(events)!;
        bool grouped = true;
        for (int i = 1; i < array.Length && grouped; i++) grouped = array[i - 1].EventIndex <= array[i].EventIndex;
        positions = null;
        if (grouped) return array;
        var sorted = (EventMention[])array.Clone();
        var keys = new long[sorted.Length];
        for (int i = 0; i < keys.Length; i++) keys[i] = ((long)sorted[i].EventIndex << 32) | (uint)i;
        Array.Sort(keys, sorted);
        // Each sorted mention's position in the document's events: the low half of its key.
        positions = new int[keys.Length];
        for (int i = 0; i < keys.Length; i++) positions[i] = (int)(uint)keys[i];
        return sorted;
    }

    /// <summary>The sentences that tell the event, once each, in order.</summary>
    private static ImmutableArray<Provenance> Evidence(Doc doc, ReadOnlySpan<EventMention> mentions)
    {
        var evidence = new Provenance[mentions.Length];
        for (int i = 0; i < evidence.Length; i++) evidence[i] = doc.ProvenanceOf(mentions[i].Start, mentions[i].End);
        return ProvenanceOrder.DistinctInOrder(evidence);
    }

    // Adds the event's node, or notes a retelling of an event already there; returns the node's number in the builder.
    // knownNumber: the id's number in the builder, NotNamed when the builder has not seen it, Unknown when not looked up.
    private int AddNode(KnowledgeGraphBuilder builder, Doc doc, string id, int knownNumber, EventMention first, string? iso, string? trigger,
        ImmutableArray<Provenance> evidence, ReadOnlySpan<EventMention> mentions, HashSet<EventPart> namedParts)
    {
        var existing = knownNumber switch
        {
            NotNamed => null,
            Unknown => builder.Find(id),
            _ => builder.FindNumber(knownNumber),
        };
        if (existing is not null)
        {
            if (!_retold.TryGetValue(id, out var retold))
            {
                _retold[id] = retold = new Retold();
                retold.Before.UnionWith(((existing["documents"] as string) ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries));
            }
            else retold.Before.UnionWith(retold.Last!.Split('|', StringSplitOptions.RemoveEmptyEntries));
            retold.Last = doc.Id;
            retold.Mentions.AddRange(evidence);
            return knownNumber >= 0 ? knownNumber : builder.NumberOf(id);
        }
        var props = _props;
        // "agentDescription" and "subjectDescription": the first description of each part no named participant fills.
        foreach (var m in mentions)
            foreach (var d in m.Descriptions)
                if (!namedParts.Contains(d.Part) && DescriptionKeys[d.Part] is var key && !props.ContainsKey(key)) props[key] = d.Text;
        // The other properties in key order (see PropertyMapBuilder).
        if (iso is not null) props["date"] = iso;
        props["dateSource"] = first.DateSource.Name();
        props["docId"] = doc.Id;
        props["documents"] = doc.Id;
        props["eventType"] = first.EventType.Name();
        props["summary"] = first.Summary;
        props["trigger"] = trigger ?? doc.Slice(first.Trigger.Start, first.Trigger.End);
        // "<type> <date>: <summary>", the summary cut to 60 characters, made as one string.
        string summary = first.Summary;
        var shown = summary.Length <= 60 ? summary.AsSpan() : summary.AsSpan(0, 59);
        string label = $"{first.EventType.Name()}{(iso is null ? "" : " ")}{iso}: {shown}{(summary.Length <= 60 ? "" : "…")}";
        return builder.AddNodeNumber(new GraphNode(id, NodeType.Event, label) { Properties = props.ToImmutable(), Mentions = evidence });
    }
}
