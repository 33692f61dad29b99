using Knowledge.Graph;

namespace Knowledge.Export;

/// <summary>The fixed yEd fill colour and shape of each node type.</summary>
internal static class YedStyle
{
    /// <summary>The yFiles GraphML extension namespace.</summary>
    public const string Namespace = "http://www.yworks.com/xml/graphml";

    /// <summary>The schemaLocation yEd writes.</summary>
    public const string SchemaLocation = "http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd";

    /// <summary>Fill colour (#RRGGBB) and yEd shape name for a node type.</summary>
    public static (string Color, string Shape) For(NodeType type) => type switch
    {
        NodeType.Document => ("#B0BEC5", "rectangle"),
        NodeType.Person => ("#4FC3F7", "ellipse"),
        NodeType.Organization => ("#81C784", "roundrectangle"),
        NodeType.Role => ("#FFD54F", "hexagon"),
        NodeType.Law => ("#BA68C8", "parallelogram"),
        NodeType.Place => ("#A1887F", "triangle"),
        NodeType.Event => ("#FF8A65", "diamond"),
        NodeType.Quote => ("#E0E0E0", "octagon"),
        NodeType.Work => ("#F06292", "trapezoid"),
        _ => ("#FFFFFF", "rectangle"),
    };
}
