using System.Text;

namespace Knowledge.Lexicons;

/// <summary>
/// How <see cref="RequiredLiterals"/> reads a pattern: by recursive descent, each piece giving the literal it matches
/// exactly, or the sets of literals any text it matches holds; a sequence joins exact pieces into longer literals, an
/// alternation requires one literal of each branch, a quantifier that allows none requires nothing.
/// </summary>
internal sealed partial class RequiredLiterals
{
    /// <summary>What a piece of the pattern matches: exactly one literal text, or an unknown text that holds the required sets.</summary>
    private sealed record Piece(string? Exact, List<string[]> Required)
    {
        public static Piece Literal(string text) => new(text, []);

        public static Piece Unknown() => new(null, []);

        /// <summary>Every set the piece requires, its exact text included.</summary>
        public List<string[]> AllRequired()
        {
            var all = new List<string[]>(Required);
            if (!string.IsNullOrEmpty(Exact)) all.Add([Exact]);
            return all;
        }
    }

    /// <summary>Reads a pattern by recursive descent, throwing <see cref="NotSupportedException"/> on what it does not know.</summary>
    private sealed class PatternReader(string pattern)
    {
        private int _at;

        public bool AtEnd => _at >= pattern.Length;

        /// <summary>Branches separated by '|', up to the end or a closing parenthesis.</summary>
        public Piece ReadAlternation()
        {
            var branches = new List<Piece> { ReadSequence() };
            while (!AtEnd && pattern[_at] == '|')
            {
                _at++;
                branches.Add(ReadSequence());
            }
            if (branches.Count == 1) return branches[0];
            // A match holds one of the branches: the best set of each branch, joined, is required.
            var choice = new List<string>();
            foreach (var branch in branches)
            {
                var sets = branch.AllRequired();
                if (sets.Count == 0) return Piece.Unknown();
                choice.AddRange(Best(sets));
            }
            return new Piece(null, [[.. choice.Distinct(StringComparer.Ordinal)]]);
        }

        /// <summary>The set whose shortest literal is longest, fewest literals first: the one a text is least likely to hold.</summary>
        private static string[] Best(List<string[]> sets) =>
            sets.OrderByDescending(s => s.Min(l => l.Length)).ThenBy(s => s.Length).First();

        private Piece ReadSequence()
        {
            var run = new StringBuilder();
            var required = new List<string[]>();
            bool exact = true;
            while (!AtEnd && pattern[_at] is not ('|' or ')'))
            {
                var piece = ReadQuantified();
                if (piece.Exact is not null)
                {
                    run.Append(piece.Exact);
                    continue;
                }
                exact = false;
                if (run.Length > 0) required.Add([run.ToString()]);
                run.Clear();
                required.AddRange(piece.Required);
            }
            if (exact) return Piece.Literal(run.ToString());
            if (run.Length > 0) required.Add([run.ToString()]);
            return new Piece(null, required);
        }

        private Piece ReadQuantified()
        {
            var atom = ReadAtom();
            if (AtEnd) return atom;
            int min;
            switch (pattern[_at])
            {
                case '*' or '?':
                    min = 0;
                    _at++;
                    break;
                case '+':
                    min = 1;
                    _at++;
                    break;
                case '{' when TryReadBraces(out min):
                    break;
                default:
                    return atom;
            }
            if (!AtEnd && pattern[_at] == '?') _at++;
            if (!AtEnd && pattern[_at] is '*' or '+' or '?' or '{') throw new NotSupportedException("nested quantifier");
            return min == 0 ? Piece.Unknown() : new Piece(null, atom.AllRequired());
        }

        /// <summary>"{n}", "{n,}" or "{n,m}" at the cursor: reads it and gives n; anything else is a literal brace.</summary>
        private bool TryReadBraces(out int min)
        {
            min = 0;
            int close = pattern.IndexOf('}', _at);
            if (close < 0) return false;
            var inner = pattern.AsSpan(_at + 1, close - _at - 1);
            int comma = inner.IndexOf(',');
            var low = comma < 0 ? inner : inner[..comma];
            var high = comma < 0 ? [] : inner[(comma + 1)..];
            if (low.Length == 0 || !IsDigits(low) || !IsDigits(high)) return false;
            min = int.Parse(low, System.Globalization.CultureInfo.InvariantCulture);
            _at = close + 1;
            return true;
        }

        private static bool IsDigits(ReadOnlySpan<char> s)
        {
            foreach (char c in s)
                if (c is < '0' or > '9') return false;
            return true;
        }

        private Piece ReadAtom()
        {
            char c = pattern[_at++];
            switch (c)
            {
                case '(':
                    return ReadGroup();
                case '[':
                    SkipClass();
                    return Piece.Unknown();
                case '.':
                    return Piece.Unknown();
                case '^' or '$':
                    return Piece.Literal("");
                case '\\':
                    return ReadEscape();
                case '*' or '+' or '?':
                    throw new NotSupportedException("quantifier without an atom");
                case '{':
                    return Piece.Literal("{");
                default:
                    return Piece.Literal(c.ToString());
            }
        }

        private Piece ReadGroup()
        {
            bool lookaround = false;
            if (!AtEnd && pattern[_at] == '?')
            {
                _at++;
                if (AtEnd) throw new NotSupportedException("unfinished group");
                char kind = pattern[_at];
                if (kind == ':' || kind == '>') _at++;
                else if (kind is '=' or '!') { _at++; lookaround = true; }
                else if (kind == '<' && _at + 1 < pattern.Length && pattern[_at + 1] is '=' or '!') { _at += 2; lookaround = true; }
                else if (kind is '<' or '\'') SkipGroupName(kind == '<' ? '>' : '\'');
                else if (kind == '#') { SkipComment(); return Piece.Literal(""); }
                else return ReadInlineOptions();
            }
            var inner = ReadAlternation();
            if (AtEnd || pattern[_at] != ')') throw new NotSupportedException("unclosed group");
            _at++;
            // A look-around consumes nothing: the literals on either side of it stay next to each other in a match.
            return lookaround ? Piece.Literal("") : inner;
        }

        private void SkipGroupName(char close)
        {
            int end = pattern.IndexOf(close, _at + 1);
            if (end < 0) throw new NotSupportedException("unclosed group name");
            var name = pattern.AsSpan(_at + 1, end - _at - 1);
            // A balancing group ("(?<a-b>…)") or an unusual name: not read.
            foreach (char ch in name)
                if (!(char.IsLetterOrDigit(ch) || ch == '_')) throw new NotSupportedException("balancing group");
            _at = end + 1;
        }

        private void SkipComment()
        {
            int end = pattern.IndexOf(')', _at);
            if (end < 0) throw new NotSupportedException("unclosed comment");
            _at = end + 1;
        }

        /// <summary>"(?m)", "(?s-n:…)": options other than case-insensitive or free-spacing change no literal.</summary>
        private Piece ReadInlineOptions()
        {
            int start = _at;
            while (!AtEnd && pattern[_at] is 'i' or 'm' or 'n' or 's' or 'x' or '-') _at++;
            if (AtEnd || _at == start) throw new NotSupportedException("unknown group");
            var options = pattern.AsSpan(start, _at - start);
            if (options.Contains('i') || options.Contains('x')) throw new NotSupportedException("case-insensitive or free-spacing");
            char end = pattern[_at++];
            if (end == ')') return Piece.Literal("");
            if (end != ':') throw new NotSupportedException("unknown group");
            var inner = ReadAlternation();
            if (AtEnd || pattern[_at] != ')') throw new NotSupportedException("unclosed group");
            _at++;
            return inner;
        }

        private void SkipClass()
        {
            if (!AtEnd && pattern[_at] == '^') _at++;
            // A ']' first in a class is a member.
            if (!AtEnd && pattern[_at] == ']') _at++;
            while (!AtEnd && pattern[_at] != ']')
            {
                if (pattern[_at] == '\\') _at++;
                else if (pattern[_at] == '[') throw new NotSupportedException("class subtraction");
                _at++;
            }
            if (AtEnd) throw new NotSupportedException("unclosed class");
            _at++;
        }

        private Piece ReadEscape()
        {
            if (AtEnd) throw new NotSupportedException("trailing backslash");
            char e = pattern[_at++];
            switch (e)
            {
                case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                    return Piece.Unknown();
                case 'p' or 'P':
                    int close = pattern.IndexOf('}', _at);
                    if (close < 0) throw new NotSupportedException("unclosed category");
                    _at = close + 1;
                    return Piece.Unknown();
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return Piece.Literal("");
                case 't': return Piece.Literal("\t");
                case 'n': return Piece.Literal("\n");
                case 'r': return Piece.Literal("\r");
                case 'f': return Piece.Literal("\f");
                case 'v': return Piece.Literal("\v");
                case 'e': return Piece.Literal("\u001B");
                default:
                    // Escaped punctuation stands for itself; letters and digits (back-references, codes) are not read.
                    if (char.IsLetterOrDigit(e)) throw new NotSupportedException("escape");
                    return Piece.Literal(e.ToString());
            }
        }
    }
}
