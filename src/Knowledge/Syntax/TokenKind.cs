namespace Knowledge.Syntax;

/// <summary>The lexical kind of a token.</summary>
public enum TokenKind
{
    /// <summary>A word (letters, possibly with inner hyphens or apostrophes).</summary>
    Word,
    /// <summary>An abbreviation with its period(s): "Atty.", "R.A.", "U.S.", an initial "S.".</summary>
    Abbreviation,
    /// <summary>A number, possibly with separators: "1,181", "3.5", "11930", "1st".</summary>
    Number,
    /// <summary>A date written as one token: "2023-09-07", "9/7/2023".</summary>
    Date,
    /// <summary>A section reference: "4(h)", "12(a)(3)".</summary>
    SectionReference,
    /// <summary>A URL or bare domain.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A hashtag: "#EndOSEC".</summary>
    Hashtag,
    /// <summary>A possessive ending split from its word: "'s", "’s", "'".</summary>
    Possessive,
    /// <summary>An opening quotation mark.</summary>
    OpenQuote,
    /// <summary>A closing quotation mark.</summary>
    CloseQuote,
    /// <summary>A straight double quote whose direction the tokenizer could not tell.</summary>
    Quote,
    /// <summary>Sentence-ending punctuation: . ! ? …</summary>
    Terminal,
    /// <summary>Other punctuation: , ; : ( ) – —</summary>
    Punctuation,
    /// <summary>A symbol: % $ ₱ &amp; +</summary>
    Symbol,
}
