using Knowledge.Syntax;

namespace Knowledge.Pipeline;

/// <summary>
/// A component that works in steps of its own (the entity recogniser's passes) and can say after each one how many
/// are done, so progress moves within it on a large document. Processing with or without the callback gives the same document.
/// </summary>
internal interface ISteppedComponent : IDocComponent
{
    /// <summary>Annotates a document as <see cref="IDocComponent.Process"/> does, calling <paramref name="stepDone"/> (steps done, steps in all) after each step.</summary>
    Doc Process(Doc doc, Action<int, int> stepDone);
}
