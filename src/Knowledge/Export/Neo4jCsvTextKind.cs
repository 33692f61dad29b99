namespace Knowledge.Export;

/// <summary>What a field's text, transcoded as it is, needs to be the field (<see cref="Neo4jCsvText.TryPlain"/>).</summary>
internal enum Neo4jCsvTextKind
{
    /// <summary>Nothing: the bytes are the field.</summary>
    Plain,

    /// <summary>Quotes around it: it holds a delimiter or a line break, but nothing to double, drop or rewrite.</summary>
    Quoted,

    /// <summary>Care: a quote to double, a control to drop or an array delimiter to rewrite; it is encoded again.</summary>
    Careful,
}
