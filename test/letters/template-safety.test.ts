// biome-ignore-all lint/suspicious/noTemplateCurlyInString: SRIKANDI placeholders are literal ${…} text.
import { createDeflateRaw } from 'node:zlib';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/validation-error';
import { builtinTemplate } from '../../src/letters/builtin-templates';
import { checkTemplate, editDistance, nearestTag } from '../../src/letters/check-template';
import { FastFiller, TemplateRefused } from '../../src/letters/fill-engine';
import { renderLetter } from '../../src/letters/render-letter';
import { secureTemplate, TEMPLATE_LIMITS } from '../../src/letters/template-safety';
import { crc32 } from '../../src/letters/zip-writer';
import { letterText, tableLetters } from './helpers';

const base = builtinTemplate('rekomendasi-reaktivasi');

/** Every part of a zip, uncompressed, in order. */
function entriesOf(bytes: Uint8Array): [string, Uint8Array][] {
  const zip = new PizZip(bytes);
  return Object.keys(zip.files)
    .filter((n) => !zip.files[n]?.dir)
    .map((n) => [n, zip.files[n]?.asUint8Array() ?? new Uint8Array()]);
}

type RawEntry = {
  name: string;
  /** DEFLATE-compressed bytes as they go into the zip. */
  data: Uint8Array;
  /** The inflated size the zip's headers declare (a bomb may lie). */
  size: number;
  crc: number;
};

/** A plain zip writer (DEFLATE entries, no data descriptors), to build hostile zips by hand. */
function writeZip(entries: RawEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const c = new Uint8Array(46 + name.length);
    const cv = new DataView(c.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    c.set(name, 46);
    chunks.push(local, e.data);
    central.push(c);
    offset += local.length + e.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return Buffer.concat([...chunks, ...central, end]);
}

function deflated(name: string, content: Uint8Array): RawEntry {
  const zip = new PizZip();
  zip.file(name, content);
  const data = (
    PizZip as unknown as {
      compressions: { DEFLATE: { compress(b: Uint8Array, o: object): Uint8Array } };
    }
  ).compressions.DEFLATE.compress(content, {});
  return { name, data, size: content.length, crc: crc32(content) };
}

/** `mib` MiB of one repeated XML-ish line, DEFLATEd as a stream (never held inflated). */
async function bombData(mib: number): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const chunk = Buffer.alloc(1024 * 1024, 'a');
  for (let i = 0; i < mib; i++)
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await done;
  return Buffer.concat(out);
}

/** The base template with `document.xml` replaced by `bomb`, declaring `declared` bytes. */
function withBomb(bomb: Uint8Array, declared: number): Uint8Array {
  return writeZip(
    entriesOf(base).map(([name, content]) =>
      name === 'word/document.xml'
        ? { name, data: bomb, size: declared, crc: 0 }
        : deflated(name, content),
    ),
  );
}

/** The base template with parts edited or added (text). */
function edited(parts: Record<string, (xml: string) => string>, from = base): Uint8Array {
  const zip = new PizZip(from);
  for (const [name, edit] of Object.entries(parts))
    zip.file(name, edit(zip.files[name]?.asText() ?? ''));
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

async function eligibleRequest() {
  const letter = (await tableLetters()).find(
    (l) => l.request.decision.outcome === 'eligible' && l.request.decision.service === 'reaktivasi',
  );
  if (!letter) throw new Error('no eligible reaktivasi letter in the tables');
  return letter.request;
}

describe('a decompression bomb is refused before it is inflated', () => {
  it('a ~300 KB template whose document.xml inflates to 300 MB: refused from the zip directory', async () => {
    const bomb = await bombData(300);
    const zip = withBomb(bomb, 300 * 1024 * 1024);
    expect(zip.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    const report = checkTemplate(zip, 'rekomendasi-reaktivasi');
    const ms = performance.now() - started;
    const grown = process.memoryUsage().arrayBuffers - before;
    // Printed, not asserted: performance is the bench's business (BRIEF), the refusal is ours.
    console.log(
      `bomb (${(zip.length / 1024).toFixed(0)} KB → 300 MB): refused in ${ms.toFixed(1)} ms, +${(grown / 1e6).toFixed(1)} MB array buffers`,
    );
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'too-large', part: 'word/document.xml' }),
    ]);
    expect(report.problems[0]?.message).toContain('terlalu besar');
    expect(report.problems[0]?.message).toContain('20 MB');
  }, 60_000);

  it('a lying directory (declares 1 MB, inflates to 64 MB) is caught while inflating, at the declared size', async () => {
    const bomb = await bombData(64);
    const zip = withBomb(bomb, 1024 * 1024);
    const report = checkTemplate(zip, 'rekomendasi-reaktivasi', 'en');
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'too-large', part: 'word/document.xml' }),
    ]);
    expect(report.problems[0]?.message).toContain('too large');
  }, 60_000);

  it('many parts that are each small but together too large are refused too', () => {
    const parts = entriesOf(base).map(([n, c]) => deflated(n, c));
    const filler = new Uint8Array(10);
    for (let i = 0; i < 6; i++)
      parts.push({ ...deflated(`word/media/big${i}.png`, filler), size: 10 * 1024 * 1024 });
    const report = checkTemplate(writeZip(parts), 'rekomendasi-reaktivasi');
    expect(report.problems[0]).toMatchObject({ code: 'too-large' });
    expect(report.problems[0]?.message).toContain(`${TEMPLATE_LIMITS.totalBytes / 1024 / 1024} MB`);
  });

  it('renderLetter with a bomb as template: a ValidationError naming the size, never a TypeError', async () => {
    const request = await eligibleRequest();
    const zip = withBomb(await bombData(300), 300 * 1024 * 1024);
    const error = await renderLetter({
      ...request,
      letter: { ...request.letter, template: zip },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.code).toBe('template-invalid');
    expect((error as ValidationError).message).toContain('terlalu besar');
  }, 60_000);

  it('the fill engine refuses an unsafe template on its own, too (no way around the check)', () => {
    const zip = edited({ 'word/vbaProject.bin': () => 'Attribute VB_Name' });
    expect(() => FastFiller.create(zip)).toThrow(TemplateRefused);
  });
});

describe('active and external content never reaches a letter', () => {
  it('macros (vbaProject.bin) are refused', () => {
    const zip = edited({
      'word/vbaProject.bin': () => 'Attribute VB_Name = "ThisDocument"',
      '[Content_Types].xml': (xml) =>
        xml.replace(
          '</Types>',
          '<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
        ),
    });
    const report = checkTemplate(zip, 'rekomendasi-reaktivasi');
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.code)).toContain('macro');
    expect(report.problems[0]?.message).toContain('makro');
  });

  it('a macro-enabled main document content type (.docm) is refused', () => {
    const zip = edited({
      '[Content_Types].xml': (xml) =>
        xml.replace(
          /application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml/,
          'application/vnd.ms-word.document.macroEnabled.main+xml',
        ),
    });
    expect(zip).not.toEqual(base);
    const report = checkTemplate(zip, 'rekomendasi-reaktivasi', 'en');
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'macro', part: 'word/document.xml' }),
    ]);
    expect(report.problems[0]?.message).toContain('macros');
  });

  it('an attached remote template is stripped (reported in `stripped`), and the letter carries neither it nor its reference', async () => {
    const zip = edited({
      'word/settings.xml': (xml) =>
        xml.replace(/(<w:settings\b[^>]*>)/, '$1<w:attachedTemplate r:id="rIdT1"/>'),
      'word/_rels/settings.xml.rels': () =>
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdT1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>',
    });
    const report = checkTemplate(zip, 'rekomendasi-reaktivasi');
    expect(report.ok).toBe(true);
    expect(report.stripped).toEqual([
      {
        what: 'attached-template',
        part: 'word/_rels/settings.xml.rels',
        target: 'http://evil.example/t.dotm',
      },
    ]);
    const request = await eligibleRequest();
    const letter = await renderLetter({ ...request, letter: { ...request.letter, template: zip } });
    const out = new PizZip(letter);
    const all = Object.keys(out.files)
      .map((n) => out.files[n]?.asText() ?? '')
      .join('\n');
    expect(all).not.toContain('evil.example');
    expect(all).not.toContain('attachedTemplate');
    expect(letterText(letter)).toContain(request.case.applicant.name);
  });

  it('a linked (external) picture is refused with its target named; a plain hyperlink is kept', () => {
    const linked = edited({
      'word/_rels/document.xml.rels': (xml) =>
        xml.replace(
          '</Relationships>',
          '<Relationship Id="rIdX9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="\\\\server\\share\\logo.png" TargetMode="External"/></Relationships>',
        ),
    });
    const report = checkTemplate(linked, 'rekomendasi-reaktivasi');
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'external-content', part: 'word/_rels/document.xml.rels' }),
    ]);
    expect(report.problems[0]?.message).toContain('image');
    expect(report.problems[0]?.message).toContain('logo.png');

    const link = edited({
      'word/_rels/document.xml.rels': (xml) =>
        xml.replace(
          '</Relationships>',
          '<Relationship Id="rIdX9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://dinsos.example.go.id" TargetMode="External"/></Relationships>',
        ),
    });
    expect(checkTemplate(link, 'rekomendasi-reaktivasi')).toMatchObject({ ok: true, stripped: [] });
  });

  it('hostile zips give problems, never exceptions: truncated, encrypted flag, zip64 marker, empty', () => {
    const truncated = base.slice(0, base.length - 10);
    const encrypted = base.slice();
    const view = new DataView(encrypted.buffer);
    // Set the encryption flag on the first central-directory record.
    const centralAt = view.getUint32(encrypted.length - 6, true);
    view.setUint16(centralAt + 8, 1, true);
    const zip64 = base.slice();
    new DataView(zip64.buffer).setUint16(zip64.length - 12, 0xffff, true);
    for (const bytes of [truncated, encrypted, zip64, new Uint8Array(), new Uint8Array(22)]) {
      const report = checkTemplate(bytes, 'rekomendasi-reaktivasi');
      expect(report.ok).toBe(false);
      expect(report.problems[0]?.code).toBe('not-docx');
    }
    expect(checkTemplate(encrypted, 'rekomendasi-reaktivasi').problems[0]?.message).toContain(
      'kata sandi',
    );
    expect(secureTemplate(null as never)).toMatchObject({ ok: false });
  });
});

describe('checkTemplate speaks plainly about tags', () => {
  const withDocument = (edit: (xml: string) => string) => edited({ 'word/document.xml': edit });

  it('a misspelt tag gets the nearest known tag', () => {
    const t = withDocument((xml) => xml.replace('{tanggalDiterima}', '{tanggalDiterma}'));
    const problem = checkTemplate(t, 'rekomendasi-reaktivasi').problems.find(
      (p) => p.code === 'unknown-tag',
    );
    expect(problem).toMatchObject({ tag: 'tanggalDiterma', suggestion: 'tanggalDiterima' });
    expect(problem?.message).toBe(
      'tag {tanggalDiterma} tidak dikenal untuk jenis surat ini; maksud Anda {tanggalDiterima}?',
    );
  });

  it('a tag that differs only in case says so', () => {
    const t = withDocument((xml) => xml.replace('{noKartu}', '{nokartu}'));
    const report = checkTemplate(t, 'rekomendasi-reaktivasi', 'en');
    const problem = report.problems.find((p) => p.code === 'unknown-tag');
    expect(problem).toMatchObject({ tag: 'nokartu', suggestion: 'noKartu' });
    expect(problem?.message).toContain('only upper/lower case differs: write {noKartu}');
  });

  it('a tag far from every known one gets no guess', () => {
    expect(nearestTag('xyzzyplugh', ['nama', 'nik', 'nomor'])).toBeUndefined();
    expect(editDistance('tanggalDiterma', 'tanggalDiterima')).toBe(1);
    expect(editDistance('nmaa', 'nama')).toBe(1);
  });

  it('an unclosed {nomor before a table cell is reported with its own text only', () => {
    const t = withDocument((xml) =>
      xml.replace(
        '</w:body>',
        '<w:p><w:r><w:t>Nomor: {nomor</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Nama lengkap</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body>',
      ),
    );
    const report = checkTemplate(t, 'rekomendasi-reaktivasi');
    const problem = report.problems[0];
    expect(problem).toMatchObject({ code: 'syntax', tag: 'nomor', paragraph: 'Nomor: {nomor' });
    expect(problem?.message).toBe(
      'penulisan tag salah pada "{nomor": tag tidak ditutup dengan "}"',
    );
  });

  it('SRIKANDI ${…} placeholders check clean and stay literally in the letter, split across runs too', async () => {
    const t = withDocument((xml) =>
      xml.replace(
        '</w:body>',
        '<w:p><w:r><w:t>${nomor_naskah} ${tanggal_naskah}</w:t></w:r></w:p>' +
          '<w:p><w:r><w:t xml:space="preserve">Ttd: $</w:t></w:r><w:r><w:t>{ttd_pengirim}</w:t></w:r></w:p>' +
          '<w:p><w:r><w:t>${nama_pengirim} / NIP ${nip_pengirim} / ${jabatan_pengirim} / ${kode_unik}</w:t></w:r></w:p></w:body>',
      ),
    );
    const report = checkTemplate(t, 'rekomendasi-reaktivasi');
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.eOfficePlaceholders).toEqual([
      'jabatan_pengirim',
      'kode_unik',
      'nama_pengirim',
      'nip_pengirim',
      'nomor_naskah',
      'tanggal_naskah',
      'ttd_pengirim',
    ]);
    const request = await eligibleRequest();
    for (let i = 0; i < 2; i++) {
      // Twice: the first letter is documented, the second goes through the fast filler.
      const letter = await renderLetter({
        ...request,
        letter: { ...request.letter, number: `${60 + i}`, template: t },
      });
      const text = letterText(letter);
      for (const literal of [
        '${nomor_naskah} ${tanggal_naskah}',
        'Ttd: ${ttd_pengirim}',
        '${nama_pengirim} / NIP ${nip_pengirim} / ${jabatan_pengirim} / ${kode_unik}',
      ])
        expect(text).toContain(literal);
    }
  });

  it('a name used both as ${x} and as a letter tag {x} is reported, since one value cannot serve both', () => {
    const t = withDocument((xml) => xml.replace('{nomor}', '{nomor} ${nomor}'));
    const report = checkTemplate(t, 'rekomendasi-reaktivasi');
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'misused-tag', tag: 'nomor' }),
    ]);
  });

  it('takes an ArrayBuffer (await file.arrayBuffer()) as well as a Uint8Array', () => {
    const buffer = base.slice().buffer;
    expect(checkTemplate(buffer, 'rekomendasi-reaktivasi').ok).toBe(true);
    // A view into a larger buffer is read as its own bytes.
    const padded = new Uint8Array(base.length + 8);
    padded.set(base, 4);
    expect(checkTemplate(padded.subarray(4, 4 + base.length), 'rekomendasi-reaktivasi').ok).toBe(
      true,
    );
  });
});
