using Knowledge.Syntax;

namespace Knowledge.Pipeline;

/// <summary>
/// One step of the pipeline: it reads a <see cref="Doc"/> and returns a new one with its own
/// annotation layer filled in. Components must be thread-safe and deterministic: documents are
/// processed in parallel, and the same input must give the same output.
/// </summary>
public interface IDocComponent
{
    /// <summary>A short name, such as "tokenizer" or "entities", used in diagnostics and the builder.</summary>
    string Name { get; }

    /// <summary>Annotates a document.</summary>
    Doc Process(Doc doc);
}
