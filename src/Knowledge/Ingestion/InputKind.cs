namespace Knowledge.Ingestion;

/// <summary>Which reader an input goes to.</summary>
internal enum InputKind
{
    /// <summary>One JSON document: a records export, an array of records, or one record.</summary>
    Json,
    /// <summary>One JSON object per line.</summary>
    JsonLines,
    /// <summary>Plain text, paragraphs separated by blank lines.</summary>
    PlainText,
    /// <summary>Markdown.</summary>
    Markdown,
}
