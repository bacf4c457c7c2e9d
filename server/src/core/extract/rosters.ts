// A gathering an article reports before it names anyone ("The presidents of A, B and C convened in X", "a summit
// took place in X, the capital of A"): its people are the officials of those states the article names later,
// each holding an office the sentence speaks of (the leaders, unless it names another office).
import type { LocalPerson, Span } from '../types.js';
import { type DocContext, hitsIn } from './context.js';
import { inSpans } from '../text/spanSet.js';
import { namedState, stateOfHit, writtenCountry } from './states.js';
import eventsData from '../../../data/events.json' with { type: 'json' };

export interface Roster {
  /** The states the gathering's sentences name. */
  countries: Set<string>;
  /** The offices, lowercase, whose holders from those states took part. */
  offices: Set<string>;
  /** Where the gathering is first reported: the people named after it are its members. */
  from: number;
}

/** The group a sentence says met, and the offices its members hold. */
const GROUPS: [RegExp, string[]][] = [
  [/\b(?:leaders|heads of state|heads of government)\b/iu, eventsData.leaderTitles],
  [/\bpresidents\b/iu, ['president']],
  [/\b(?:prime ministers|premiers)\b/iu, ['prime minister', 'premier']],
  [/\bforeign ministers\b/iu, ['foreign minister', 'minister of foreign affairs']],
  [/\bdefen[cs]e ministers\b/iu, ['defence minister', 'defense minister', 'minister of defence', 'minister of defense']],
];

function statesNamed(ctx: DocContext, start: number, end: number, elsewhere: Span[]): string[] {
  const out: string[] = [];
  for (const h of hitsIn(ctx, start, end)) {
    // a state named in a clause of another time ("since the summit in A") is no one's at this gathering
    if (inSpans(elsewhere, h.start)) continue;
    const state = stateOfHit(ctx.vocab, h);
    if (state && !out.includes(state)) out.push(state);
  }
  return out;
}

/**
 * The roster a nameless report of a gathering opens: a summit or forum (`gathering`) in a named state, or a meeting
 * of three states or more whose group ("the presidents of …") the sentence names.
 */
export function rosterOf(ctx: DocContext, start: number, end: number, kind: string, gathering: boolean, elsewhere: Span[] = []): Roster | null {
  const countries = statesNamed(ctx, start, end, elsewhere);
  // two states' ministers meeting is a bilateral report, whose people the next sentence names (openingReport)
  if (countries.length === 0 || (!gathering && countries.length < 3)) return null;
  const text = ctx.content.slice(start, end);
  const group = GROUPS.find(([re]) => re.test(text));
  const offices = group ? group[1] : kind === 'summit' ? eventsData.leaderTitles : null;
  return offices ? { countries: new Set(countries), offices: new Set(offices), from: start } : null;
}

/** "The leaders of A, B and C attended the summit": a later nameless sentence about it names more states. */
export function extendRoster(ctx: DocContext, roster: Roster, start: number, end: number, elsewhere: Span[] = []): void {
  for (const c of statesNamed(ctx, start, end, elsewhere)) roster.countries.add(c);
  const group = GROUPS.find(([re]) => re.test(ctx.content.slice(start, end)));
  if (group) for (const o of group[1]) roster.offices.add(o);
}

function stateOf(p: LocalPerson): string | null {
  return writtenCountry(p) ?? namedState(p.stateClue) ?? p.homeCountry ?? null;
}

function holdsOffice(p: LocalPerson, offices: Set<string>): boolean {
  return p.titles.some((r) => offices.has(r.title.toLowerCase().replace(/^(?:the\s+)/u, '')));
}

/** The people of the roster: named after it, serving one of its states, in one of its offices. */
export function rosterMembers(roster: Roster, persons: LocalPerson[], firstMention: (p: number) => number): number[] {
  const out: number[] = [];
  persons.forEach((p, i) => {
    const state = stateOf(p);
    if (state && roster.countries.has(state) && holdsOffice(p, roster.offices) && firstMention(i) >= roster.from) out.push(i);
  });
  return out;
}
