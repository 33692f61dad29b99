using System.Collections.Immutable;
using System.Text;
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
internal static class EventNodes
{
    public static void Add(KnowledgeGraphBuilder builder, Doc doc, ResolvedEntities entities)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in doc.Events.GroupBy(e => e.EventIndex).OrderBy(g => g.Key))
        {
            var mentions = group.ToList();
            var first = mentions[0];
            var participants = new SortedDictionary<string, (EventPart Part, Provenance Where, NodeType Type)>(StringComparer.Ordinal);
            foreach (var m in mentions)
                foreach (var p in m.Participants)
                    if (entities.NodeIdOf(doc.Id, p.Entity) is { } nid && !participants.ContainsKey(nid))
                    {
                        var (start, end) = p.Anaphor ?? (p.Entity.Start, p.Entity.End);
                        participants[nid] = (p.Part, doc.ProvenanceOf(start, end), p.Entity.Type.ToNodeType());
                    }
            string id = NodeId(doc, first, participants.Where(p => p.Value.Type is NodeType.Person or NodeType.Organization).Select(p => p.Key).ToList(), used);
            var evidence = mentions.Select(m => doc.ProvenanceOf(m.Start, m.End)).Distinct().Order().ToImmutableArray();
            AddNode(builder, doc, id, first, evidence, Descriptions(mentions, participants.Values.Where(p => p.Type is NodeType.Person or NodeType.Organization).Select(p => p.Part).ToHashSet()));
            builder.AddEdge(id, EdgeType.IN, GraphAssembler.DocumentNodeId(doc.Id), evidence);
            foreach (var (nid, (part, where, type)) in participants)
            {
                var prov = new[] { where };
                switch (type)
                {
                    case NodeType.Law: builder.AddEdge(id, EdgeType.ABOUT, nid, prov); break;
                    case NodeType.Place: builder.AddEdge(id, EdgeType.LOCATED_IN, nid, prov); break;
                    default:
                        builder.AddEdge(nid, EdgeType.PARTICIPATED_IN, id, prov, new Dictionary<string, object>(StringComparer.Ordinal) { ["part"] = part.Name() });
                        break;
                }
            }
        }
    }

    /// <summary>"agentDescription" and "subjectDescription": the first description of each part no named participant fills.</summary>
    private static Dictionary<string, string> Descriptions(List<EventMention> mentions, HashSet<EventPart> namedParts) =>
        mentions.SelectMany(m => m.Descriptions).Where(d => !namedParts.Contains(d.Part))
            .GroupBy(d => d.Part)
            .ToDictionary(g => g.Key.Name() + "Description", g => g.First().Text, StringComparer.Ordinal);

    private static void AddNode(KnowledgeGraphBuilder builder, Doc doc, string id, EventMention first, ImmutableArray<Provenance> evidence, Dictionary<string, string> descriptions)
    {
        var props = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        foreach (var (key, text) in descriptions) props[key] = text;
        props["eventType"] = first.EventType.Name();
        if (first.Date is { } d) props["date"] = d.Iso;
        props["dateSource"] = first.DateSource.Name();
        props["docId"] = doc.Id;
        props["documents"] = doc.Id;
        props["summary"] = first.Summary;
        props["trigger"] = doc.Slice(first.Trigger.Start, first.Trigger.End);
        string label = $"{first.EventType.Name()}{(first.Date is { } date ? " " + date.Iso : "")}: {Shorten(first.Summary, 60)}";
        if (builder.Find(id) is { } existing)
        {
            var docs = ((existing["documents"] as string) ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries).Append(doc.Id)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            builder.Replace(existing with
            {
                Properties = existing.Properties.SetItem("documents", string.Join("|", docs)),
                Mentions = existing.Mentions.Concat(evidence).Distinct().Order().ToImmutableArray(),
            });
            return;
        }
        builder.AddNode(new GraphNode(id, NodeType.Event, label) { Properties = props.ToImmutable(), Mentions = evidence });
    }

    /// <summary>
    /// "event:&lt;type&gt;:&lt;yyyy-MM-dd&gt;:&lt;participants&gt;" for an event dated to the day with named
    /// participants; else "event:&lt;type&gt;:&lt;date or undated&gt;:&lt;doc&gt;:&lt;main participant or summary&gt;".
    /// </summary>
    private static string NodeId(Doc doc, EventMention first, List<string> participantIds, HashSet<string> used)
    {
        string type = first.EventType.Name().ToLowerInvariant();
        string date = first.Date?.Iso ?? "undated";
        string id = first.Date?.Precision == DatePrecision.Day && participantIds.Count > 0
            ? $"event:{type}:{date}:{Slug(string.Join("+", participantIds.Select(p => p[(p.IndexOf(':') + 1)..])), 80)}"
            : $"event:{type}:{date}:{NodeIds.Safe(doc.Id)}:{Slug(participantIds.Count > 0 ? participantIds[0][(participantIds[0].IndexOf(':') + 1)..] : first.Summary, 40)}";
        string unique = id;
        for (int n = 2; !used.Add(unique); n++) unique = $"{id}-{n}";
        return unique;
    }

    private static string Slug(string text, int max)
    {
        var sb = new StringBuilder();
        foreach (char c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
            if (sb.Length >= max) break;
        }
        return sb.ToString().Trim('-');
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
