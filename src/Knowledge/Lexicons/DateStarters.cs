namespace Knowledge.Lexicons;

/// <summary>
/// The words a date may start with: a month or weekday name, a relative day ("today"), a deictic ("last", "earlier"),
/// a within-this word or a count word ("a", "two"), in any case (models/dates/date-words.txt, the number words and
/// months of models/english, the invariant culture's day names). What <see cref="TokenLexicons.DateStarter"/> is
/// computed from, once a form, so the date rules skip every other word by a bit instead of looking it up.
/// </summary>
internal sealed class DateStarters
{
    /// <summary>The roles of models/dates/date-words.txt whose words start a date, as the date rules parse a role (dashes dropped, any case).</summary>
    private static readonly string[] StartingRoles = ["Day", "Deictic", "WithinThis", "CountOne"];

    private readonly Lexicon _starters;

    public DateStarters(LexiconSet lex)
    {
        var words = new List<string>();
        foreach (var row in lex.Dates.Words.Rows)
        {
            if (row.Length < 2) continue;
            string role = row[1].Replace("-", "").Trim();
            foreach (string starting in StartingRoles)
                if (string.Equals(role, starting, StringComparison.OrdinalIgnoreCase)) words.Add(row[0].ToLowerInvariant());
        }
        IEnumerable<string> starters = [.. words, .. lex.English.NumberWords.Entries, .. lex.English.Months.Entries,
            .. System.Globalization.DateTimeFormatInfo.InvariantInfo.DayNames];
        _starters = new Lexicon("date-starters", starters);
        _starterShapes = ShapesOf(_starters.Entries);
    }

    /// <summary>
    /// One bit for each shape (<see cref="ShapeOf"/>) of a starter, or null when a starter holds a character outside ASCII.
    /// Almost every word of a text is no starter, and most of them have a first letter, last letter and length that no
    /// starter has: the bit turns them away without hashing the word.
    /// </summary>
    private readonly ulong[]? _starterShapes;

    private static ulong[]? ShapesOf(IReadOnlyList<string> entries)
    {
        var shapes = new ulong[(1 << ShapeBits) / 64];
        foreach (string entry in entries)
        {
            foreach (char c in entry)
                if (c >= 128) return null;
            int shape = ShapeOf(entry);
            shapes[shape >> 6] |= 1UL << shape;
        }
        return shapes;
    }

    private const int ShapeBits = 14;

    /// <summary>
    /// A word's shape: the low five bits of its first and last characters and its length up to 15. Two ASCII characters
    /// equal when case is ignored have the same low five bits ('k' and 'K'), and equal words have one length, so an ASCII
    /// word equals a starter only when their shapes are the same; unequal characters may share bits, which only lets a
    /// word through to the lookup.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int ShapeOf(ReadOnlySpan<char> word) =>
        (word[0] & 0x1F) << 9 | (word[^1] & 0x1F) << 4 | Math.Min(word.Length, 15);

    /// <summary>Whether a word that is not a number is a starter, in any case.</summary>
    /// <remarks>
    /// One lookup, ignoring case. It holds for ASCII words, where ignoring case and lower-casing agree; a word with other
    /// characters must be read in full (<see cref="MayStartDate"/>). A word whose first and last characters are ASCII
    /// is first asked of the starters' shapes.
    /// </remarks>
    public bool MayStart(ReadOnlySpan<char> word)
    {
        if (_starterShapes is not null && !word.IsEmpty && word[0] < 128 && word[^1] < 128)
        {
            int shape = ShapeOf(word);
            if ((_starterShapes[shape >> 6] & 1UL << shape) == 0) return false;
        }
        return _starters.Contains(word);
    }

    /// <summary>
    /// Whether the date rules must read a token of this text further (<see cref="TokenLexicons.DateStarter"/>): it is empty,
    /// opens with a digit, is a starter (<see cref="MayStart"/>), or holds a character outside ASCII, which the rules read in
    /// full because a starter lookup that ignores case need not agree with their lower-casing there.
    /// </summary>
    public bool MayStartDate(ReadOnlySpan<char> form) =>
        form.IsEmpty || char.IsAsciiDigit(form[0]) || MayStart(form) || !System.Text.Ascii.IsValid(form);
}
