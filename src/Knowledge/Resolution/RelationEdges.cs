using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>
/// Adds the relations documents state as typed edges: Law —AMENDS/REFERS_TO→ Law, Person or
/// Organization —MEMBER_OF→ Organization, Organization —PART_OF→ Organization, Organization
/// —LOCATED_IN→ Place (a known place named only inside the name gets a node of its own), each with the words
/// that state it as evidence and the cue as a property. A parent read from a unit's name is looked up
/// by name over the corpus; of the parents one name proposes, the first that names an organisation is
/// taken, and of the parents a unit's several names give, only the nearest: "Fraud Division (North
/// Office)" is part of the Fraud Division, not also of the Police the division belongs to. No node is
/// related to itself, and an organisation is not made part of one of its own parts. Documents are read one at
/// a time (<see cref="Collect"/>); the edges are added once every document's candidates are known (<see cref="AddTo"/>).
/// </summary>
internal sealed class RelationEdges
{
    private readonly record struct Candidate(string Source, EdgeType Type, string Target, Provenance Where, string Cue, bool ByName);

    private readonly List<Candidate> _candidates = [];
    private readonly Dictionary<string, string> _placeIds = new(StringComparer.Ordinal);
    // The edges' properties, one map per cue, shared by every edge that cue states.
    private readonly Dictionary<string, PropertyMap> _cueProperties = new(StringComparer.Ordinal);

    /// <summary>Takes in one document's relations as candidate edges (a place known only by name gets its node now).</summary>
    public void Collect(KnowledgeGraphBuilder builder, Doc doc, string docNode, ResolvedEntities entities)
    {
        if (doc.Relations.IsDefaultOrEmpty) return;
        var nodeIds = entities.Of(doc.Id);
        var namedParentOf = new HashSet<(int, int, RelationType)>();
        foreach (var r in doc.Relations)
        {
            if (r.TargetByName && namedParentOf.Contains((r.Source.Start, r.Source.End, r.Type))) continue;
            var source = nodeIds.Of(r.Source);
            var target = r.TargetByName ? entities.NodeIdOfName(r.Target) : nodeIds.Of(r.Target);
            if (target is null && r.TargetByName && r.Target.Type == EntityType.Place && source is not null) target = AddPlace(builder, doc, docNode, r.Target);
            if (source is null || target is null || source == target) continue;
            if (r.TargetByName) namedParentOf.Add((r.Source.Start, r.Source.End, r.Type));
            _candidates.Add(new Candidate(source, r.Type.ToEdgeType(), target, doc.ProvenanceOf(r.Start, r.End), r.Cue, r.TargetByName));
        }
    }

    /// <summary>Adds the candidates that survive: no part of one of its own parts, no farther parent when a nearer one is named.</summary>
    public void AddTo(KnowledgeGraphBuilder builder)
    {
        var candidates = _candidates;
        var parents = candidates.Where(c => c.Type == EdgeType.PART_OF)
            .GroupBy(c => c.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Target).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.Type == EdgeType.PART_OF && (IsAncestor(parents, c.Source, c.Target) || (c.ByName && Farther(parents, c))))
                continue;
            if (!_cueProperties.TryGetValue(c.Cue, out var props)) _cueProperties[c.Cue] = props = PropertyMap.Empty.Add("cue", c.Cue);
            builder.AddEdge(c.Source, c.Type, c.Target, c.Where, props);
        }
    }

    /// <summary>A known place named only inside an organisation's name ("Trial Court in Riverton"): a Place node of its own, mentioned there.</summary>
    private string AddPlace(KnowledgeGraphBuilder builder, Doc doc, string docNode, EntityMention place)
    {
        // A place is named so again and again: its id is made once per name.
        ref string? known = ref CollectionsMarshal.GetValueRefOrAddDefault(_placeIds, place.Name, out _);
        string id = known ??= NodeIds.For(NodeType.Place, place.Name);
        var where = doc.ProvenanceOf(place.Start, place.End);
        builder.AddMentions(new GraphNode(id, NodeType.Place, place.Name) { Mentions = [where] });
        builder.AddEdge(docNode, EdgeType.MENTIONS, id, where);
        return id;
    }

    // The nodes one walk up the parents has seen: cleared for each question, reused by all.
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="node"/> is (transitively) a part of <paramref name="of"/>: then <paramref name="of"/> cannot be part of it.</summary>
    private bool IsAncestor(Dictionary<string, HashSet<string>> parents, string of, string node)
    {
        _seen.Clear();
        return Reaches(parents, node, of, _seen);
    }

    /// <summary>Whether another parent of the same unit is itself a part of this candidate's parent (a nearer parent exists).</summary>
    private bool Farther(Dictionary<string, HashSet<string>> parents, Candidate c)
    {
        foreach (var other in parents[c.Source])
        {
            if (other == c.Target) continue;
            _seen.Clear();
            if (Reaches(parents, other, c.Target, _seen)) return true;
        }
        return false;
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> parents, string from, string to, HashSet<string> seen)
    {
        if (!seen.Add(from) || !parents.TryGetValue(from, out var ps)) return false;
        if (ps.Contains(to)) return true;
        foreach (var p in ps)
            if (Reaches(parents, p, to, seen)) return true;
        return false;
    }
}
