// The data types that flow through the analysis core: load → clean → extract → link → index.
// Everything per document is plain, serializable data so it can be cached by content hash and computed in workers.

/** A half-open span of UTF-16 offsets into a document's original text: [start, end). */
export type Span = readonly [start: number, end: number];

/**
 * Spans as one flat array of offsets, start and end in turn: span i is [list[2i], list[2i + 1]). Used where an
 * analysis keeps many spans (a person's or a name's mentions); read through core/text/spanList.ts.
 */
export type SpanList = number[];

export type EntityKind = 'person' | 'initiative' | 'organization';

/** A file as it was read: its uri and decoded text. */
export interface SourceText {
  uri: string;
  text: string;
}

/** Something the user should know about a document: bad front matter, skipped content. */
export interface DocDiagnostic {
  span: Span;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** What the front matter of a Markdown file said, already validated. */
export interface FrontMatter {
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  aliases: string[];
  /** `entity: <name>` marks the file as the user's note about that entity. */
  entity: string | null;
  entityKind: EntityKind | null;
  /** The span of the front matter block, masked out of the content. */
  span: Span | null;
}

/** An official found in one document, with every mention the document makes of them. */
export interface LocalPerson {
  name: string;
  /** The name's tokens in written order. */
  tokens: string[];
  /** Index into `tokens` of the family name. */
  familyIndex: number;
  country: string | null;
  /**
   * A clue to the state a person serves when no title writes it (personCountries.ts): another person of this
   * document whose state it is ("Rubio was joined by A"), or a country named for a group ("the Nigerian delegation").
   */
  stateClue?: StateClue;
  /** The state the document's unqualified officials serve, for a person with a national title and no other clue. */
  homeCountry?: string;
  titles: LocalRole[];
  /** Sorted by start, one per start. */
  mentions: SpanList;
  /** Each distinct text its mentions have as written (white space folded), for the card's "Also written". */
  written: string[];
}

export type StateClue = { person: number } | { country: string };

export interface LocalRole {
  title: string;
  country: string | null;
}

/** An initiative or organization found in one document. */
export interface LocalName {
  name: string;
  kind: 'initiative' | 'organization';
  acronym: string | null;
  /** Sorted by start. */
  mentions: SpanList;
  /** Each distinct text its mentions have as written (white space folded), for the card's "Also written". */
  written: string[];
  /** The mention where the document defines the acronym, if it does. */
  acronymDefinition: Span | null;
  /** The sentence of the first mention, for the definition card. */
  sentence: Span;
  sentenceText: string;
}

/**
 * A name-like span the document could not resolve on its own: a capitalized name, an acronym or a lowercase
 * re-mention of an initiative. The link stage resolves it against the whole corpus.
 */
export interface Candidate {
  text: string;
  /** Its span, [start, end), as two fields: a document has a dozen candidates, each kept for every relink. */
  start: number;
  end: number;
  shape: 'name' | 'acronym' | 'phrase';
  /** A title written just before it (`President Xi`), used to choose between people who share a family name. */
  title: string | null;
  /** It opens a sentence, so its first word may be an ordinary capitalized word ("Ask Li …"). */
  sentenceStart?: boolean;
  /**
   * A title or honorific introduced it as a person ("Mr Froman", "Sheikh Tamim"): when no known person has the
   * name, the link stage makes one of it rather than drop it.
   */
  introduced?: boolean;
  /** For an introduced name: the country its title writes ("Chinese President Xi"). */
  country?: string;
  /** For an introduced name with no country written: the state personCountries.ts finds for it (a clue or the home guess). */
  homeCountry?: string;
}

export type Participant = { person: number } | { candidate: number };

/** An event reported in one document. */
export interface LocalEvent {
  kind: string;
  /** YYYY-MM-DD, YYYY-MM, YYYY or null. */
  date: string | null;
  place: string | null;
  participants: Participant[];
  /** Initiatives or organizations named in the event's sentences (indexes into `names`). */
  names: number[];
  sources: Span[];
  /** The text of each source sentence, white space folded, for labels. */
  excerpts: string[];
  /** Announced or expected, not reported as having happened ("will visit", "talks scheduled for Tuesday"). */
  planned?: boolean;
}

/** Everything the core learns from one document without looking at any other. */
export interface DocAnalysis {
  uri: string;
  title: string | null;
  published: string | null;
  /** YYYY-MM-DD the dateline or publication date anchors relative dates to. */
  anchorDate: string | null;
  frontMatter: FrontMatter | null;
  /** Offsets where each line starts, to turn spans into LSP positions. */
  lineStarts: number[];
  /** Length in UTF-16 code units of the analysed text. */
  length: number;
  persons: LocalPerson[];
  names: LocalName[];
  candidates: Candidate[];
  events: LocalEvent[];
  diagnostics: DocDiagnostic[];
  /** Set when the analyzer threw on this text: why. The document is then indexed empty (see `analyzeOrReport`). */
  failure?: string;
}

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Location {
  uri: string;
  range: Range;
}

export interface Role {
  title: string;
  country: string | null;
  date: string | null;
  uri: string;
}

/** A mention of an entity in the corpus: the document and the span. */
export interface Mention {
  uri: string;
  span: Span;
}

/**
 * An entity's mentions as columns, sorted by uri, then start, then end once linked: mention i is
 * [starts[i], ends[i]) in uris[i]. Columns rather than an object per mention: 2 million mentions at 100k articles.
 * Read and built through core/link/mentionList.ts.
 */
export interface MentionList {
  uris: string[];
  starts: number[];
  ends: number[];
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  acronym: string | null;
  country: string | null;
  /** The country is inferred (a delegation's, a spouse's, the article's), not written with the person's title. */
  countryInferred?: boolean;
  roles: Role[];
  mentions: MentionList;
  definition: Mention | null;
  /** The sentence that first introduced the entity in its definition document. */
  definingSentence: Mention | null;
  definingText: string | null;
}

export interface CorpusEvent {
  id: string;
  kind: string;
  title: string;
  date: string | null;
  place: string | null;
  participants: string[];
  /** Initiatives and organizations the event was about. */
  topics: string[];
  sources: (Mention & { excerpt: string })[];
  /** Only announced or expected in every report of it. */
  planned?: boolean;
}
