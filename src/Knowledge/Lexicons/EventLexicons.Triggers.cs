namespace Knowledge.Lexicons;

/// <summary>The trigger lexicon, the first words a trigger may open with, and the verdict verbs split by which side is convicted.</summary>
internal sealed partial class EventLexicons
{
    /// <summary>Event trigger words with the event type they give and their form, the rule family that reads them: word&lt;TAB&gt;Type&lt;TAB&gt;form. (models/events/triggers.txt)</summary>
    public LexiconTable Triggers { get; }

    // The first words of the triggers, lower-cased as the trigger matcher reads them, and the longest of them.
    private readonly System.Collections.Frozen.FrozenSet<string> _triggerOpeners;
#if NET9_0_OR_GREATER
    private readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _triggerOpenerSpans;
#endif
    private readonly int _longestTriggerOpener;

    private static System.Collections.Frozen.FrozenSet<string> TriggerOpeners(LexiconTable triggers)
    {
        var openers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in triggers.Rows)
            if (row[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..]) openers.Add(first);
        return System.Collections.Frozen.FrozenSet.ToFrozenSet(openers, StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether a trigger may open at a token of this form: its lower-case form is the first word of a trigger, or it
    /// holds a surrogate (the matcher lowers the whole text, where a pair split at the token's edge may lower otherwise).
    /// Asked once a form by the lexeme table, but every time of a form too long to keep: it copies nothing.
    /// </summary>
    internal bool OpensTrigger(string form)
    {
        if (form.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0) return true;
        if (form.Length > _longestTriggerOpener) return false;
        Span<char> lower = stackalloc char[form.Length];
        form.AsSpan().ToLowerInvariant(lower);
#if NET9_0_OR_GREATER
        return _triggerOpenerSpans.Contains(lower);
#else
        return _triggerOpeners.Contains(lower.ToString());
#endif
    }

    /// <summary>Verbs a verdict-adjective trigger ("guilty") is read on. (models/events/verdict-verbs.txt)</summary>
    public Lexicon VerdictVerbs { get; }

    /// <summary>Verdict verbs whose object is the convicted ("found two brokers guilty"). (models/events/verdict-verbs.txt, convicted = object)</summary>
    public Lexicon FindingVerbs { get; }

    /// <summary>Verdict verbs whose subject is the convicted ("pleaded guilty"). (models/events/verdict-verbs.txt, convicted = subject)</summary>
    public Lexicon PleaVerbs { get; }

    /// <summary>The verbs of the verdict table whose "convicted" column is <paramref name="place"/>.</summary>
    private static Lexicon VerdictVerbsWith(LexiconTable verdicts, string place)
    {
        foreach (var row in verdicts.Rows)
            if (row.Length < 2 || row[1] is not (ConvictedObject or ConvictedSubject or NotRead))
                throw new InvalidOperationException($"The lexicon '{verdicts.Name}' has a row '{string.Join('\t', row)}' without a 'convicted' column of object, subject or -.");
        return new Lexicon(verdicts.Name, verdicts.Rows.Where(r => r[1] == place).Select(r => r[0]));
    }
}
