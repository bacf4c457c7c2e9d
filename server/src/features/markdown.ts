// Markup for cards. In Markdown, everything that came from a document goes through `text()`, so a crafted name or
// title cannot inject links, images, HTML or command URIs; only `commandLink()` makes links, and only to Dossier's
// commands. A client that cannot run those commands gets the same card as plain text (`PLAIN`), which no client
// interprets, so it needs neither escapes nor links.

export const DOSSIER_COMMANDS = ['dossier.showMentions', 'dossier.openLocation', 'dossier.showEvents'] as const;
export type DossierCommand = (typeof DOSSIER_COMMANDS)[number];

/** Escapes every character Markdown or HTML could give meaning to, and folds line breaks. */
export function text(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&:]/g, (c) => `\\${c}`);
}

export function commandLink(label: string, command: DossierCommand, args: unknown[]): string {
  return `[${text(label)}](command:${command}?${linkTarget(JSON.stringify(args))})`;
}

/**
 * Percent-encodes what encodeURIComponent leaves as it is too: a file name's unbalanced "(" or ")" would end the
 * Markdown link target early, and the command would get half its arguments.
 */
function linkTarget(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** How a card writes document text, emphasis and links. */
export interface Markup {
  /** Text from a document (or any text), made safe to show. */
  text(s: string): string;
  strong(s: string): string;
  em(s: string): string;
  /** A link to one of Dossier's commands, or null where links cannot run. */
  link(label: string, command: DossierCommand, args: unknown[]): string | null;
}

export const MARKDOWN: Markup = {
  text,
  strong: (s) => `**${s}**`,
  em: (s) => `*${s}*`,
  link: commandLink,
};

export const PLAIN: Markup = {
  text: (s) => s.replace(/[\r\n]+/g, ' '),
  strong: (s) => s,
  em: (s) => s,
  link: () => null,
};
