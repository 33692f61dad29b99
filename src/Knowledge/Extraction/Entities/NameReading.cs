using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>A row of the name-reading table (<see cref="NameReadings"/>): a test, and what a candidate that passes it is.</summary>
internal abstract record NameReading;

/// <summary>
/// The candidate names one entity of <paramref name="Type"/>, found by <paramref name="Rule"/>: its
/// tokens and <see cref="TokensAfter"/> more ("Freedonian government"). An organisation may also add
/// the parent body its name begins with.
/// </summary>
internal sealed record EntityReading(Func<NameCandidate, bool> Test, EntityType Type, string Rule) : NameReading
{
    /// <summary>The identity key the mention gets, or none.</summary>
    public Func<NameCandidate, string?>? Key { get; init; }

    /// <summary>Tokens after the run that belong to the name.</summary>
    public int TokensAfter { get; init; }

    /// <summary>Whether the parent body a unit's name begins with is added too ("Ministry of Health" in "Ministry of Health Office for …").</summary>
    public bool WithParentBody { get; init; }
}

/// <summary>The candidate holds several names: each part is read again through the whole table, in order.</summary>
internal sealed record SplitReading(Func<NameCandidate, NameParts> Parts) : NameReading;

/// <summary>
/// The candidate ends with a person's name that starts at the token <paramref name="NameStart"/>
/// returns (titles included); the words before it are read again. No person, no reading.
/// </summary>
internal sealed record PersonReading(Func<NameCandidate, int?> NameStart) : NameReading;
