/** Writes rule-book blocks as GitHub-flavoured Markdown. */
import type { Block, Inline, Para } from './blocks';

/** Escapes Markdown syntax in plain text (and `|`, which would split a table cell). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

function inline(i: Inline): string {
  if (i.code) return `\`${i.text.replace(/`/g, "'")}\``;
  const text = escapeMarkdown(i.text);
  if (!i.bold || text.trim() === '') return text;
  // Emphasis markers must touch the text: keep surrounding spaces outside them.
  const m = /^(\s*)(.*?)(\s*)$/s.exec(text) as RegExpExecArray;
  return `${m[1]}**${m[2]}**${m[3]}`;
}

const para = (p: Para) => p.map(inline).join('');

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${para(b.content)}`;
    case 'paragraph':
      return para(b.content);
    case 'note':
      return `> ${para(b.content)}`;
    case 'list':
      return b.items.map((item) => `- ${para(item)}`).join('\n');
    case 'fields':
      return b.rows
        .map((r) => {
          const label = `**${escapeMarkdown(r.label)}**`;
          const [first, ...rest] = r.value;
          if (r.value.length === 1 && first) return `- ${label} ${para(first)}`;
          return [`- ${label}`, ...[first, ...rest].map((p) => `  - ${para(p ?? [])}`)].join('\n');
        })
        .join('\n');
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
      return [
        row(b.header.map(escapeMarkdown)),
        row(b.header.map(() => '---')),
        ...b.rows.map((cells) => row(cells.map((c) => c.map(para).join('<br>')))),
      ].join('\n');
    }
  }
}

/** The Markdown text of a rule book: blocks separated by blank lines, ending in a newline. */
export function toMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(block).join('\n\n')}\n`;
}
