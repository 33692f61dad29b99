using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>One reported-speech finding: the source, the cue, the content's range and the rule (an <see cref="AttributionRuleIds"/> value).</summary>
internal readonly record struct ReportedSpeech(EntityMention? Speaker, (int, int) Cue, int ContentStart, int ContentEnd, string Rule);
