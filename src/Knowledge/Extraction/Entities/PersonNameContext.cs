using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// The context tests of the person rules: what stands around a run that makes it a person's name (a title after a
/// comma, a speech verb or a lower-case title before it, a party tag, a person cue), or a firm's (a possessive and a
/// person's name after it).
/// </summary>
internal sealed partial class PersonNameRules
{
    /// <summary>A possessive right after the run, then a given name and another capitalised word.</summary>
    private bool OwnsAPersonName(Doc doc, int end)
    {
        var t = doc.Tokens;
        return end + 2 < t.Length && t[end].Kind == TokenKind.Possessive && t[end + 1].Kind == TokenKind.Word
               && _lex.Names.GivenNames.Contains(doc.SpanOf(t[end + 1])) && NameChunker.IsNameToken(doc, t[end + 2]);
    }

    /// <summary>"please contact Ana Ruiz", "led by Ana Ruiz": a cue of models/names/person-cues.txt right before the run.</summary>
    private bool AfterPersonCue(Doc doc, int f)
    {
        for (int k = 1; k <= Math.Min(_lex.Names.PersonCues.MaxWords, f); k++)
        {
            var t = doc.Tokens;
            if (t[f - k].Kind != TokenKind.Word) return false;
            if (_lex.Names.PersonCues.Contains(doc.Text.AsSpan(t[f - k].Start, t[f - 1].End - t[f - k].Start))) return true;
        }
        return false;
    }

    private bool FollowedByTitle(Doc doc, int end)
    {
        var t = doc.Tokens;
        if (end + 1 >= t.Length || doc.SpanOf(t[end]) is not ",") return false;
        int i = end + 1;
        if (i < t.Length && _lex.Entities.Articles.Contains(doc.SpanOf(t[i]))) i++;
        for (int k = i; k < Math.Min(t.Length, i + 6); k++)
            if (_lex.Titles.PersonTitles.Contains(doc.SpanOf(t[k]))) return true;
        return false;
    }

    private bool PrecededBySpeechVerb(Doc doc, int f) =>
        f > 0 && _lex.Speech.SpeechVerbs.Contains(doc.SpanOf(doc.Tokens[f - 1]));

    /// <summary>"said local councillor Ana Reyes": a lower-case title right before the run.</summary>
    private bool PrecededByLowerCaseTitle(Doc doc, int first)
    {
        if (first == 0) return false;
        var t = doc.Tokens[first - 1];
        var w = doc.SpanOf(t);
        return t.Kind == TokenKind.Word && char.IsLower(w[0]) && _titles.IsHead(w) && !_lex.Titles.AmbiguousLowerCaseTitles.Contains(w);
    }

    /// <summary>A legislator's party and state tag after the name: "(R-Ohio)", "(D-VT)", "(I-Maine)".</summary>
    private bool FollowedByPartyTag(Doc doc, int end) =>
        end < doc.Tokens.Length && _partyTag.IsMatch(doc.Text.AsSpan(doc.Tokens[end - 1].End, Math.Min(40, doc.Text.Length - doc.Tokens[end - 1].End)));
}
