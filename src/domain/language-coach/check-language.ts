import type { CoachLanguage, CoachRules } from "./coach-rules.ts";
import {
  findPhrase,
  type PhrasePattern,
  type Word,
  type WordSpan,
  wordsOf,
} from "./phrase-pattern.ts";

/** One deficit-framed phrase in the text, quoted as written, and a strength-based way to say it. */
export interface CoachFinding {
  phrase: string;
  suggestion: string;
}

export interface CoachReading {
  language: CoachLanguage;
  deficit: boolean;
  findings: CoachFinding[];
  /** The findings' suggestions, each once. */
  suggestions: string[];
}

/** How many words may sit between a negation and the phrase it takes back ("no longer really"). */
const negationReach = 2;

/**
 * Reads a statement, comment or note for deficit framing. It only ever advises: the text is
 * saved whatever it finds.
 */
export function checkLanguage(text: string, rules: CoachRules): CoachReading {
  const words = wordsOf(text);
  const negations = spansOf(words, rules.negations);
  const strengths = spansOf(words, rules.strengthContexts);
  const matches: { span: WordSpan; suggestion: string }[] = [];

  for (const rule of rules.deficitRules) {
    for (const span of spansOf(words, rule.patterns)) {
      if (strengths.some((strength) => overlaps(strength, span))) continue;
      if (negations.some((negation) => takesBack(words, negation, span))) continue;
      matches.push({ span, suggestion: rule.suggestion });
    }
  }

  const findings = withoutOverlaps(matches).map(({ span, suggestion }) => ({
    phrase: quote(text, words, span),
    suggestion,
  }));

  return {
    language: rules.language,
    deficit: findings.length > 0,
    findings,
    suggestions: [...new Set(findings.map((finding) => finding.suggestion))],
  };
}

const spansOf = (words: Word[], patterns: PhrasePattern[]) =>
  patterns.flatMap((pattern) => findPhrase(words, pattern));

const overlaps = (a: WordSpan, b: WordSpan) => a.from < b.to && b.from < a.to;

/** A negation just before the phrase, in the same clause: "she no longer struggles". */
function takesBack(words: Word[], negation: WordSpan, span: WordSpan) {
  const gap = span.from - negation.to;
  if (gap < 0 || gap > negationReach) return false;

  return words[negation.from]?.clause === words[span.from]?.clause;
}

/** One finding per place: the earliest, and the longest where two start together. */
function withoutOverlaps<T extends { span: WordSpan }>(matches: T[]): T[] {
  const ordered = [...matches].sort(
    (a, b) => a.span.from - b.span.from || b.span.to - b.span.from - (a.span.to - a.span.from),
  );
  const kept: T[] = [];
  for (const match of ordered) {
    if (!kept.some((other) => overlaps(other.span, match.span))) kept.push(match);
  }

  return kept;
}

function quote(text: string, words: Word[], span: WordSpan) {
  const first = words[span.from];
  const last = words[span.to - 1];

  return first && last ? text.slice(first.start, last.end) : "";
}
