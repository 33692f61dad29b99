using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>
/// Makes the node of one resolved entity from its mentions: aliases (every other form seen, sorted), the documents
/// and rules as merge evidence, a law's numbers, and the mentions in order. One builder serves every entity of a
/// corpus and reuses its buffers, so an entity costs its node and little else.
/// </summary>
internal sealed class EntityNodeBuilder(List<string> docIds)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<string> _aliases = [];
    private readonly List<string> _documents = [];
    private readonly List<string> _rules = [];
    private readonly List<string> _numbers = [];
    private readonly StringBuilder _text = new();

    // One builder for every node's properties, given in key order (see PropertyMapBuilder).
    private readonly PropertyMapBuilder _props = new();

    // Most entities are named in a few documents: their counts are boxed once, not once per node.
    private static readonly object[] SmallCounts = [.. Enumerable.Range(0, 64).Select(n => (object)n)];

    public GraphNode Build(string id, NodeType type, string label, MentionStore all, List<int> members, List<int> curationLines)
    {
        var props = _props;
        Documents(all, members);
        props["documents"] = _documents.Count < SmallCounts.Length ? SmallCounts[_documents.Count] : _documents.Count;
        props["mergeEvidence"] = Evidence(all, members, curationLines);
        if (Numbers(all, members) is { } numbers) props["number"] = numbers;
        return new GraphNode(id, type, label)
        {
            Aliases = Aliases(label, all, members),
            Properties = props.ToImmutable(),
            Mentions = Mentions(all, members),
        };
    }

    /// <summary>Every form the members give (cleaned name, the name it equals, the text as written) but the label, once each, sorted.</summary>
    private ImmutableArray<string> Aliases(string label, MentionStore all, List<int> members)
    {
        _seen.Clear();
        _aliases.Clear();
        EntityMention? previous = null;
        string? previousWritten = null;
        foreach (int i in members)
        {
            ref readonly var x = ref all[i];
            // A form named again the same way (the same mention, or the same name and written form) adds nothing new.
            if (previous is not null && ReferenceEquals(x.Written, previousWritten) && (ReferenceEquals(x.M, previous)
                || (ReferenceEquals(x.M.Name, previous.Name) && ReferenceEquals(x.M.SameAs, previous.SameAs)))) continue;
            previous = x.M;
            previousWritten = x.Written;
            AddAlias(x.M.Name, label);
            if (x.M.SameAs is not null) AddAlias(x.M.SameAs, label);
            AddAlias(x.Written, label);
        }
        if (_aliases.Count == 0) return [];
        var sorted = _aliases.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    private void AddAlias(string form, string label)
    {
        if (form.Length > 0 && form != label && _seen.Add(form)) _aliases.Add(form);
    }

    /// <summary>The members' documents, once each, in ordinal order (the members come in resolution order, so usually already sorted).</summary>
    private void Documents(MentionStore all, List<int> members)
    {
        _documents.Clear();
        bool sorted = true;
        int previous = -1;
        foreach (int i in members)
        {
            // The members of one document come together: its id is weighed once, not once per mention.
            int index = all[i].Doc;
            if (index == previous) continue;
            previous = index;
            string doc = docIds[index];
            if (_documents.Count > 0)
            {
                int c = string.CompareOrdinal(_documents[^1], doc);
                if (c == 0) continue;
                if (c > 0) sorted = false;
            }
            _documents.Add(doc);
        }
        if (sorted) return;
        var distinct = _documents.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        _documents.Clear();
        _documents.AddRange(distinct);
    }

    /// <summary>"rules: …; documents: …", and the curation lines that shaped the node when there are any.</summary>
    private string Evidence(MentionStore all, List<int> members, List<int> curationLines)
    {
        _rules.Clear();
        string? previous = null;
        foreach (int i in members)
        {
            // A rule's name is mostly one literal, and a group's mentions mostly come from the same rule in a row.
            string rule = all[i].M.Rule;
            if (ReferenceEquals(rule, previous)) continue;
            previous = rule;
            if (!_rules.Contains(rule)) _rules.Add(rule);
        }
        _rules.Sort(StringComparer.Ordinal);
        _text.Clear().Append("rules: ");
        Join(_rules);
        _text.Append("; documents: ");
        Join(_documents);
        if (curationLines.Count > 0) _text.Append("; curation lines: ").AppendJoin(", ", curationLines);
        return _text.ToString();
    }

    private void Join(List<string> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) _text.Append(", ");
            _text.Append(items[i]);
        }
    }

    /// <summary>A law's numbers (from its number and link mentions), once each, sorted and joined by '|'; null when it has none.</summary>
    private string? Numbers(MentionStore all, List<int> members)
    {
        _numbers.Clear();
        foreach (int i in members)
        {
            var m = all[i].M;
            if (m.Type == EntityType.Law && m.Rule is EntityRuleIds.LawNumber or EntityRuleIds.LawLinkUrl && !_numbers.Contains(m.Name)) _numbers.Add(m.Name);
        }
        if (_numbers.Count == 0) return null;
        _numbers.Sort(StringComparer.Ordinal);
        return string.Join("|", _numbers);
    }

    /// <summary>The members' provenance, once each, in order.</summary>
    private ImmutableArray<Provenance> Mentions(MentionStore all, List<int> members)
    {
        var mentions = new Provenance[members.Count];
        for (int k = 0; k < members.Count; k++)
        {
            ref readonly var x = ref all[members[k]];
            mentions[k] = new Provenance(docIds[x.Doc], x.M.Start, x.M.End) { Source = x.Source };
        }
        return ProvenanceOrder.DistinctInOrder(mentions);
    }
}
