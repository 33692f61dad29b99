using Knowledge.Graph;

namespace Knowledge.Query;

/// <summary>
/// Finds the entities a typed name means ("Ferreira", "river council"), with <see cref="NameMatcher"/>'s rules:
/// label or any alias, whole words, case, accents, punctuation and (for people) honorifics ignored.
/// Documents and quotes are not entities: their labels are titles and quoted words.
/// </summary>
public static class EntityLookup
{
    /// <summary>
    /// The matching nodes, best first: a name equal to the typed text before a name that only contains it, then
    /// more mentions first, then by id. Empty when nothing matches.
    /// </summary>
    public static IReadOnlyList<GraphNode> Find(KnowledgeGraph graph, string typed)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (string.IsNullOrWhiteSpace(typed)) return [];
        var person = NameMatcher.ForPerson(typed);
        var other = new NameMatcher(typed);
        string folded = Normal(typed);
        return graph.Nodes
            .Where(n => n.Type is not (NodeType.Document or NodeType.Quote))
            .Where(n => (n.Type == NodeType.Person ? person : other).Matches(n))
            .OrderBy(n => n.Aliases.Prepend(n.Label).Any(a => Normal(a) == folded) ? 0 : 1)
            .ThenByDescending(n => n.Mentions.Length)
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static string Normal(string name) =>
        string.Join(' ', NameMatcher.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
