namespace Knowledge.Resolution;

/// <summary>A pass of <see cref="GraphAssembler"/> over the documents, naming the layers it reads.</summary>
internal enum ResolutionPass
{
    /// <summary>The entity mentions, the text they were written in and the source fields (the Document nodes).</summary>
    Entities,

    /// <summary>Every resolution layer: entities, roles, quotes, events and relations, with the text and source fields.</summary>
    Edges,
}
