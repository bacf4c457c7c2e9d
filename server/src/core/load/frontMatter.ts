// Reads YAML front matter with gray-matter, and nothing else: front matter in any other language
// (---js, ---coffee) is reported and never evaluated.
import matter from 'gray-matter';
import type { DocDiagnostic, EntityKind, FrontMatter } from '../types.js';
import { normalizeDateValue } from '../extract/dateFormats.js';

const FENCE = /^(\uFEFF?)---([^\r\n]*)\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/;

function refuseToEvaluate(): never {
  throw new Error('Dossier never evaluates code in front matter');
}

// Passing options also keeps gray-matter's input cache off: it caches only calls made without options.
const SAFE_OPTIONS = {
  language: 'yaml',
  engines: { js: refuseToEvaluate, javascript: refuseToEvaluate, coffee: refuseToEvaluate, coffeescript: refuseToEvaluate, cson: refuseToEvaluate },
};

export interface FrontMatterResult {
  frontMatter: FrontMatter | null;
  diagnostics: DocDiagnostic[];
}

export function readFrontMatter(text: string): FrontMatterResult {
  const fence = FENCE.exec(text);
  if (!fence) return { frontMatter: null, diagnostics: [] };
  const span = [0, fence[0].length] as const;
  const language = fence[2].trim().toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return {
      frontMatter: emptyFrontMatter(span),
      diagnostics: [{ span: [0, 3 + fence[2].length + fence[1].length], severity: 'warning', message: `Front matter in "${language}" is not read: Dossier reads only YAML front matter and never runs code from a document.` }],
    };
  }
  let data: Record<string, unknown>;
  try {
    data = matter(text.slice(fence[1].length, fence[0].length), SAFE_OPTIONS).data as Record<string, unknown>;
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return {
      frontMatter: emptyFrontMatter(span),
      diagnostics: [{ span, severity: 'error', message: `Front matter is not valid YAML and was ignored (${reason}). The rest of the file is still indexed.` }],
    };
  }
  return { frontMatter: toFrontMatter(data, span), diagnostics: [] };
}

function emptyFrontMatter(span: readonly [number, number]): FrontMatter {
  return { title: null, date: null, source: null, url: null, aliases: [], entity: null, entityKind: null, span };
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  return null;
}

function strList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(str).filter((s): s is string => s !== null);
  const one = str(v);
  return one ? one.split(/\s*,\s*/).filter(Boolean) : [];
}

function kindOf(v: unknown): EntityKind | null {
  const s = str(v)?.toLowerCase();
  return s === 'person' || s === 'initiative' || s === 'organization' ? s : null;
}

function toFrontMatter(data: Record<string, unknown>, span: readonly [number, number]): FrontMatter {
  return {
    title: str(data.title),
    date: normalizeDateValue(data.date ?? data.published ?? null),
    source: str(data.source),
    url: str(data.url),
    aliases: strList(data.aliases),
    entity: str(data.entity),
    entityKind: kindOf(data.kind),
    span,
  };
}
