// The settings the server reads (contributed by the VS Code extension under "dossier"), with their defaults.

export interface Settings {
  include: string[];
  exclude: string[];
  maxFileSizeKB: number;
  followSymlinks: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  include: ['**/*.{md,markdown,txt}'],
  exclude: ['**/node_modules/**', '**/.git/**'],
  maxFileSizeKB: 5120,
  followSymlinks: false,
};

const strings = (v: unknown): string[] | null =>
  typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;

/** Reads `dossier.*` as the client sends it; anything missing or malformed falls back to the default. */
export function readSettings(raw: unknown): Settings {
  const r = (raw ?? {}) as Record<string, unknown>;
  const corpus = (r.corpus ?? {}) as Record<string, unknown>;
  const size = Number(r.maxFileSizeKB);
  return {
    include: strings(corpus.include) ?? DEFAULT_SETTINGS.include,
    exclude: strings(corpus.exclude) ?? DEFAULT_SETTINGS.exclude,
    maxFileSizeKB: Number.isFinite(size) && size > 0 ? size : DEFAULT_SETTINGS.maxFileSizeKB,
    followSymlinks: r.followSymlinks === true,
  };
}
