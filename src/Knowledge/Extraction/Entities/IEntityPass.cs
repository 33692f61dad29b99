using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// One pass of the <see cref="EntityRecognizer"/>: it reads the document and the mentions found by the
/// passes before it, and adds, replaces or removes mentions. Passes run in the order of
/// <see cref="EntityRecognizer.Passes"/>; like components they must be thread-safe and deterministic.
/// </summary>
public interface IEntityPass
{
    /// <summary>A short name ("law-citations", "acronyms"), by which a pass list finds the pass (see <see cref="EntityPassNames"/>).</summary>
    string Name { get; }

    /// <summary>Runs the pass over a document's mentions so far.</summary>
    /// <remarks>
    /// <paramref name="mentions"/> is the recogniser's working set for this document only: it is emptied and reused for
    /// the next document analysed on the same thread, so a pass must not keep it (or a view of it) after returning.
    /// </remarks>
    void Run(Doc doc, EntityMentionSet mentions);
}
