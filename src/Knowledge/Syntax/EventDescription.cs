namespace Knowledge.Syntax;

/// <summary>A party of an event the sentence describes without naming it ("two defendants", "a Dutch court").</summary>
/// <param name="Part">Agent or subject.</param>
/// <param name="Start">Start of the description.</param>
/// <param name="End">End (exclusive).</param>
/// <param name="Text">The description as written.</param>
public sealed record EventDescription(EventPart Part, int Start, int End, string Text);
