namespace Knowledge.Extraction.Dates;

/// <summary>
/// The roles one word plays in the date words' table (<see cref="DateWords.RolesOf"/>), with their values: a caller
/// that asks several roles of a word looks it up once. The default holds no role.
/// </summary>
internal readonly struct DateWordRoles
{
    /// <summary>The value of each role by its number (null where the word plays none); null for a word of no role.</summary>
    private readonly string?[]? _values;

    public DateWordRoles(string?[] values) => _values = values;

    /// <summary>The value the word has in a role ("-1" for "yesterday" as a day), or null when it does not play it.</summary>
    public string? Value(DateWordRole role) => _values?[(int)role];

    /// <summary>Whether the word plays a role.</summary>
    public bool Is(DateWordRole role) => Value(role) is not null;
}
