namespace Knowledge.Syntax;

/// <summary>The case shape of a token, as the name rules read it; flags, so one token may have several.</summary>
[Flags]
internal enum TokenShape : byte
{
    /// <summary>Nothing of note.</summary>
    None = 0,
    /// <summary>The first character is an upper-case letter.</summary>
    StartsUpper = 1 << 0,
    /// <summary>The first character is a lower-case letter.</summary>
    StartsLower = 1 << 1,
    /// <summary>
    /// A word or abbreviation that can be part of a name: a word starting with a capital, a word of three
    /// characters or more with a lower-case letter then a capital ("eSafety"), or an abbreviation starting with a capital.
    /// </summary>
    NameToken = 1 << 2,
    /// <summary>A word of two characters or more, with two capitals or more and no lower-case letter ("NRC", "HP-FU").</summary>
    Acronym = 1 << 3,
}
