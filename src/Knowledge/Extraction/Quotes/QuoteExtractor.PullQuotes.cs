using System.Buffers;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>Pull-quotes: a quote printed twice in a document is one quote with both spans.</summary>
public sealed partial class QuoteExtractor
{
    /// <summary>A quote whose text repeats another's in the same document is the same quote (a pull-quote).</summary>
    private static List<QuoteMention> MergePullQuotes(List<QuoteMention> quotes)
    {
        var result = new List<QuoteMention>();
        // Fold(result[i].Text), kept beside it rather than refolded for every quote: each key is a range of one
        // pooled buffer, which holds every quote's folded text at most.
        int capacity = 1;
        foreach (var q in quotes) capacity += q.Text.Length;
        var folded = ArrayPool<char>.Shared.Rent(capacity);
        var keys = new List<(int Start, int Length)>();
        int used = 0;
        foreach (var q in quotes)
        {
            var key = (Start: used, Length: Fold(q.Text, folded.AsSpan(used)));
            int same = SameQuote(folded, keys, key);
            if (same < 0) { result.Add(q); keys.Add(key); used += key.Length; continue; }
            var r = result[same];
            if (r.Text.Length < q.Text.Length) { keys[same] = key; used += key.Length; }
            result[same] = r with
            {
                Spans = [.. r.Spans, .. q.Spans],
                Speaker = r.Speaker ?? q.Speaker,
                AttributionRule = r.Speaker is null ? q.AttributionRule : r.AttributionRule,
                Text = r.Text.Length >= q.Text.Length ? r.Text : q.Text,
            };
        }
        ArrayPool<char>.Shared.Return(folded);
        return result;
    }

    // The first key equal to the key or, both over 40 characters, starting with the key's first 40.
    private static int SameQuote(char[] folded, List<(int Start, int Length)> keys, (int Start, int Length) key)
    {
        var text = folded.AsSpan(key.Start, key.Length);
        for (int k = 0; k < keys.Count; k++)
        {
            var rk = folded.AsSpan(keys[k].Start, keys[k].Length);
            if (rk.SequenceEqual(text) || (rk.Length > 40 && text.Length > 40 && rk.StartsWith(text[..40]))) return k;
        }
        return -1;
    }

    // Writes the text's letters and digits, lower-cased, into the destination; returns how many.
    private static int Fold(string s, Span<char> destination)
    {
        int n = 0;
        foreach (char c in s)
        {
            // ASCII (most of a quote) is tested and lowered by hand: the same characters as the general calls give.
            if (char.IsAsciiLetterOrDigit(c)) destination[n++] = (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0));
            else if (c >= '\x80' && char.IsLetterOrDigit(c)) destination[n++] = char.ToLowerInvariant(c);
        }
        return n;
    }
}
