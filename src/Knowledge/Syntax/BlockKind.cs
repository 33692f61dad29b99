namespace Knowledge.Syntax;

/// <summary>The kind of a text block.</summary>
public enum BlockKind
{
    /// <summary>The document's title.</summary>
    Title,
    /// <summary>The document's summary or standfirst.</summary>
    Description,
    /// <summary>The lead image's caption.</summary>
    ImageCaption,
    /// <summary>A body paragraph.</summary>
    Paragraph,
    /// <summary>A heading.</summary>
    Heading,
    /// <summary>A paragraph inside a block quote.</summary>
    BlockQuote,
    /// <summary>A paragraph inside a list item.</summary>
    ListItem,
}

/// <summary>Which field of the source document a block's text came from.</summary>
public enum SourceField
{
    /// <summary>The title field.</summary>
    Title,
    /// <summary>The description field.</summary>
    Description,
    /// <summary>The image caption field.</summary>
    ImageCaption,
    /// <summary>The body (record text or file content).</summary>
    Body,
}
