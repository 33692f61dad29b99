using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Dates;

/// <summary>
/// The dateline that opens a news text: a place in capitals and a comma, then a mark that ends it
/// (models/dates/dateline-separators.txt), with or without a date: "SYDNEY, April 8 (Reuters) –",
/// "MANILA, Philippines —", "MANILA, 15 April 2019 –", "Tuesday, May 4, 2021, TARVIK, ON –". Its date is
/// the day the text was written, which may come before the published one.
/// </summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset after its last character.</param>
/// <param name="Date">Its date, or null when it names only the place.</param>
internal sealed record Dateline(int Start, int End, DateMention? Date)
{
    /// <summary>How many tokens of a paragraph's start a dateline may take.</summary>
    private const int Reach = 16;

    /// <summary>How many paragraphs may come before it (a caption, a subtitle).</summary>
    private const int Paragraphs = 4;

    /// <summary>The shortest place word in capitals ("ROME").</summary>
    private const int PlaceLength = 3;

    /// <summary>The document's dateline, found in the opening paragraphs of its body after the dates component has run, or null.</summary>
    public static Dateline? Find(Doc doc, LexiconSet lexicons)
    {
        int seen = 0, block = -1;
        foreach (var sentence in doc.Sentences)
        {
            bool opens = sentence.BlockIndex != block;
            block = sentence.BlockIndex;
            if (!opens || doc.Blocks[block].Kind == BlockKind.Title) continue;
            if (++seen > Paragraphs) return null;
            if (At(doc, sentence, lexicons.Dates.DatelineSeparators) is { } found) return found;
        }
        return null;
    }

    private static Dateline? At(Doc doc, Sentence sentence, Lexicon separators)
    {
        int last = Math.Min(sentence.EndToken, sentence.FirstToken + Reach);
        bool place = false;
        for (int i = sentence.FirstToken; i < last; i++)
        {
            var w = doc.TextOf(doc.Tokens[i]);
            if (IsPlace(w) && i + 1 < last && doc.TextOf(doc.Tokens[i + 1]) == ",") place = true;
            if (!place || !separators.Contains(w) || i == sentence.FirstToken) continue;
            int end = doc.Tokens[i].End;
            var date = doc.Dates.FirstOrDefault(d => d.Start >= sentence.Start && d.Start < doc.Tokens[last - 1].End && !d.IsRelative);
            return new Dateline(sentence.Start, date is not null && date.End > end ? date.End : end, date);
        }
        return null;
    }

    /// <summary>
    /// The offset after a dateline that opens the paragraph starting at <paramref name="from"/>, or null:
    /// a place in capitals and a comma or an agency in parentheses, then capitalised words, numbers and
    /// marks up to its last separator before the first lower-case word ("PORTVILLE, NORTHLAND –",
    /// "PORTVILLE (Wirenews) —", "PORTVILLE, Nth., May 3, 2024 /Wire/ —"). It heads the paragraph and is
    /// never part of a quote.
    /// </summary>
    public static int? EndOfOpening(Doc doc, int from, int to, Lexicon separators)
    {
        int first = doc.TokenIndexAtOrAfter(from);
        if (first + 1 >= doc.Tokens.Length || doc.Tokens[first].Start >= to || !IsPlace(doc.TextOf(doc.Tokens[first]))
            || !(doc.TextOf(doc.Tokens[first + 1]) == "," || separators.Contains(doc.TextOf(doc.Tokens[first + 1])))) return null;
        int depth = 0;
        int? end = null;
        for (int i = first + 1; i < doc.Tokens.Length && i < first + Reach && doc.Tokens[i].Start < to; i++)
        {
            var t = doc.Tokens[i];
            var w = doc.TextOf(t);
            if (w == ")") depth = Math.Max(0, depth - 1);
            else if (separators.Contains(w) && w != "(" && depth == 0) end = t.End;
            if (w == "(") depth++;
            if (t.Kind == TokenKind.Terminal || (depth == 0 && t.Kind == TokenKind.Word && char.IsLower(w[0]))) break;
        }
        return end;
    }

    private static bool IsPlace(string w) => w.Length >= PlaceLength && w.All(c => char.IsUpper(c) || c == '.') && w.Any(char.IsLetter);
}
