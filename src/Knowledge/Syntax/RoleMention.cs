namespace Knowledge.Syntax;

/// <summary>A title the text gives a person, with the organisation it is held at when the text says.</summary>
/// <param name="Start">Start of the title in the document text.</param>
/// <param name="End">End (exclusive) of the title.</param>
/// <param name="Title">The title as written, without the organisation ("Executive Director").</param>
/// <param name="Person">The person mention it is given to.</param>
/// <param name="Organization">The organisation mention it is held at, or null.</param>
public sealed record RoleMention(int Start, int End, string Title, EntityMention Person, EntityMention? Organization);
