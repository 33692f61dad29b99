using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>A pass made of a name and the rule it runs.</summary>
internal sealed class EntityPass(string name, Action<Doc, EntityMentionSet> run) : IEntityPass
{
    public string Name { get; } = name;

    public void Run(Doc doc, EntityMentionSet mentions) => run(doc, mentions);

    public override string ToString() => Name;
}
