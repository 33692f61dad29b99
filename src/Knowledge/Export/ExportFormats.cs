namespace Knowledge.Export;

/// <summary>The output formats <see cref="GraphExporter"/> can write; combine with |.</summary>
[Flags]
public enum ExportFormats
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>knowledge.json, the scorer's contract.</summary>
    Json = 1,
    /// <summary>knowledge.graphml.</summary>
    GraphMl = 2,
    /// <summary>quotes.jsonl: one attributed quote per line.</summary>
    JsonLines = 4,
    /// <summary>neo4j/: CSV files for <c>neo4j-admin database import</c>, one per node label and per relationship type.</summary>
    Neo4j = 8,
    /// <summary>knowledge.html: a self-contained page that draws the graph (see <see cref="HtmlViewWriter"/>).</summary>
    Html = 16,
    /// <summary>Every format.</summary>
    All = Json | GraphMl | JsonLines | Neo4j | Html,
}
