/** Plain text of a rule book in either format, for comparing their content. */
import PizZip from 'pizzip';

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text of a .docx body: every paragraph's runs, paragraphs separated by spaces. */
export function docxText(bytes: Uint8Array, part = 'word/document.xml'): string {
  const xml = new PizZip(bytes).file(part)?.asText() ?? '';
  const paras = xml
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join(''),
    );
  return squash(paras.join(' '));
}

/** The text of the rule book's Markdown with its markup removed. */
export function markdownText(md: string): string {
  const lines = md
    .split('\n')
    .filter((l) => !/^\|( --- \|)+$/.test(l))
    .map((l) =>
      l
        .replace(/^#+ /, '')
        .replace(/^> /, '')
        .replace(/^\s*- /, '')
        .split(/(?<!\\)\|/)
        .join(' ')
        .replace(/<br>/g, ' ')
        .replace(/\*\*/g, '')
        .replace(/`/g, '')
        .replace(/\\(.)/g, '$1'),
    );
  return squash(lines.join(' '));
}
