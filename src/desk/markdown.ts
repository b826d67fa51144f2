/**
 * A small, safe Markdown renderer for the rule book: it reads the subset `renderRuleBook` writes
 * (headings, paragraphs, `>` notes, `-` lists one level deep, tables with `<br>` in cells,
 * `**bold**`, `` `code` `` and backslash escapes) and builds DOM nodes with `textContent` only.
 * No HTML from the text is ever parsed, so nothing in a rule book can inject markup or script.
 */

/** Appends the inline runs of one line of Markdown to `parent` as text, `<strong>` and `<code>`. */
export function appendInline(parent: HTMLElement, src: string): void {
  const doc = parent.ownerDocument;
  let text = '';
  let bold: HTMLElement | undefined;
  const flush = () => {
    if (!text) return;
    (bold ?? parent).append(doc.createTextNode(text));
    text = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (c === '\\' && i + 1 < src.length) {
      text += src[++i];
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0) {
        text += c;
        continue;
      }
      flush();
      const code = doc.createElement('code');
      code.textContent = src.slice(i + 1, end);
      (bold ?? parent).append(code);
      i = end;
    } else if (c === '*' && src[i + 1] === '*') {
      flush();
      if (bold) {
        parent.append(bold);
        bold = undefined;
      } else {
        bold = doc.createElement('strong');
      }
      i++;
    } else {
      text += c;
    }
  }
  flush();
  if (bold) parent.append(doc.createTextNode('**'), ...Array.from(bold.childNodes));
}

/** Splits a table row into cells on `|` that is not escaped. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] as string;
    if (c === '\\' && i + 1 < inner.length) {
      cur += c + inner[++i];
    } else if (c === '|') {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

/** Fills a table cell: `<br>` separates paragraphs (the only tag the rule book writes). */
function fillCell(cell: HTMLElement, src: string): void {
  src.split('<br>').forEach((part, i) => {
    if (i > 0) cell.append(cell.ownerDocument.createElement('br'));
    appendInline(cell, part);
  });
}

/** Renders rule-book Markdown into a fragment of safe DOM nodes. */
export function renderMarkdown(doc: Document, markdown: string): DocumentFragment {
  const out = doc.createDocumentFragment();
  const blocks = markdown.replace(/\r\n/g, '\n').split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    const first = lines[0];
    if (first === undefined) continue;
    const heading = /^(#{1,6}) (.*)$/.exec(first);
    if (heading && lines.length === 1) {
      const level = Math.min(6, (heading[1] as string).length + 1);
      const h = doc.createElement(`h${level}`);
      appendInline(h, heading[2] as string);
      out.append(h);
    } else if (
      first.startsWith('|') &&
      lines.length >= 2 &&
      /^\|[\s|:-]+\|$/.test(lines[1] ?? '')
    ) {
      const wrap = doc.createElement('div');
      wrap.className = 'table-wrap';
      wrap.tabIndex = 0;
      const table = doc.createElement('table');
      const head = table.createTHead().insertRow();
      for (const c of cells(first)) {
        const th = doc.createElement('th');
        th.scope = 'col';
        fillCell(th, c);
        head.append(th);
      }
      const body = table.createTBody();
      for (const line of lines.slice(2)) {
        const row = body.insertRow();
        for (const c of cells(line)) fillCell(row.insertCell(), c);
      }
      wrap.append(table);
      out.append(wrap);
    } else if (first.startsWith('> ')) {
      const q = doc.createElement('blockquote');
      for (const l of lines) {
        const p = doc.createElement('p');
        appendInline(p, l.replace(/^> ?/, ''));
        q.append(p);
      }
      out.append(q);
    } else if (first.startsWith('- ')) {
      const ul = doc.createElement('ul');
      let last: HTMLLIElement | undefined;
      for (const l of lines) {
        if (l.startsWith('  - ') && last) {
          let sub = last.querySelector('ul');
          if (!sub) {
            sub = doc.createElement('ul');
            last.append(sub);
          }
          const li = doc.createElement('li');
          appendInline(li, l.slice(4));
          sub.append(li);
        } else {
          last = doc.createElement('li');
          appendInline(last, l.replace(/^- /, ''));
          ul.append(last);
        }
      }
      out.append(ul);
    } else {
      const p = doc.createElement('p');
      lines.forEach((l, i) => {
        if (i > 0) p.append(doc.createElement('br'));
        appendInline(p, l);
      });
      out.append(p);
    }
  }
  return out;
}
