// Literal text inside a regular expression: the vocabularies are data, and a "." or "(" in an entry is a character.
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
