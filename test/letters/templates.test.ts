import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { ValidationError } from '../../src/errors/validation-error';
import { evaluate } from '../../src/evaluate';
import { builtinTemplate } from '../../src/letters/builtin-templates';
import { checkTemplate } from '../../src/letters/check-template';
import { exportTemplate } from '../../src/letters/export-template';
import { LETTER_DATA_SCHEMAS, REQUIRED_TAGS } from '../../src/letters/letter-data';
import { LETTER_KINDS } from '../../src/letters/letter-kinds';
import { renderLetter } from '../../src/letters/render-letter';
import { defineProfile } from '../../src/profiles/resolve';
import type { CaseInput } from '../../src/schemas/case-input';
import { renderGeneratedModule } from '../../src/templates/generated-module';
import { packAllTemplates } from '../../src/templates/pack-template';
import { reaktivasi } from '../rules/fixtures';
import { letterText } from './helpers';

const root = join(import.meta.dirname, '../..');

/** Every part of a zip as text, by name. */
function parts(bytes: Uint8Array): Record<string, string> {
  const zip = new PizZip(bytes);
  return Object.fromEntries(Object.keys(zip.files).map((n) => [n, zip.files[n]?.asText() ?? '']));
}

/** Rewrites word/document.xml of a .docx with `edit`. */
function editDocument(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const zip = new PizZip(bytes);
  zip.file('word/document.xml', edit(zip.files['word/document.xml']?.asText() ?? ''));
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Every key a data schema offers at any depth (loop items included). */
function schemaKeys(schema: z.ZodType, out = new Set<string>()): Set<string> {
  const def = (
    schema as unknown as {
      def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };
    }
  ).def;
  if (def.type === 'object' && def.shape) {
    for (const [k, v] of Object.entries(def.shape)) {
      out.add(k);
      schemaKeys(v, out);
    }
  } else if (def.type === 'array' && def.element) schemaKeys(def.element, out);
  return out;
}

describe('shipped templates', () => {
  it('templates/*.docx and src/templates/generated.ts are what the TypeScript source generates (run `npx tsx scripts/build-templates.ts`)', async () => {
    const fresh = await packAllTemplates();
    for (const kind of LETTER_KINDS) {
      const committed = new Uint8Array(readFileSync(join(root, 'templates', `${kind}.docx`)));
      expect(parts(committed), `templates/${kind}.docx is stale`).toEqual(parts(fresh[kind]));
      expect(parts(builtinTemplate(kind)), `generated.ts (${kind}) is stale`).toEqual(
        parts(fresh[kind]),
      );
    }
    const generated = readFileSync(join(root, 'src/templates/generated.ts'), 'utf8');
    expect(generated, 'src/templates/generated.ts is stale').toBe(renderGeneratedModule(fresh));
  });

  it('generating twice gives the same bytes', async () => {
    const [a, b] = [await packAllTemplates(), await packAllTemplates()];
    for (const kind of LETTER_KINDS)
      expect(Buffer.from(a[kind]).equals(Buffer.from(b[kind]))).toBe(true);
  });

  it.each(LETTER_KINDS)(
    '%s: its tags are a subset of its data schema, and it passes checkTemplate',
    (kind) => {
      const report = checkTemplate(builtinTemplate(kind), kind);
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
      const keys = schemaKeys(LETTER_DATA_SCHEMAS[kind]);
      for (const tag of report.tags)
        expect(keys, `{${tag}} is not in the ${kind} data`).toContain(tag);
      for (const tag of REQUIRED_TAGS[kind]) expect(keys).toContain(tag);
    },
  );

  it('holds no text boxes, images or fields: ordinary paragraphs and tables only', () => {
    for (const kind of LETTER_KINDS) {
      const xml = parts(builtinTemplate(kind))['word/document.xml'] ?? '';
      expect(xml).not.toMatch(/<w:txbxContent|<w:drawing|<w:pict|<v:shape|<w:fldSimple/);
      expect(xml).toContain('w:w="11906" w:h="16838"');
    }
  });
});

describe('export → edit in Word → check → render', () => {
  it('an office rewords its template and gets its own wording back', async () => {
    const exported = await exportTemplate('rekomendasi-reaktivasi', { profile: 'magetan' });
    const edited = editDocument(exported, (xml) =>
      xml.replace(
        'Demikian surat ini kami sampaikan.',
        'Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.',
      ),
    );
    expect(checkTemplate(edited, 'rekomendasi-reaktivasi').ok).toBe(true);
    const input = reaktivasi('35.20') as CaseInput;
    const decision = await evaluate(input, { profile: 'magetan' });
    const letter = { number: '53', date: '2026-03-02' };
    const viaLetter = await renderLetter({
      case: input,
      decision,
      profile: 'magetan',
      letter: { ...letter, template: edited },
    });
    expect(letterText(viaLetter)).toContain(
      'Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.',
    );
    const profile = defineProfile('magetan', {
      id: 'magetan',
      templates: { 'rekomendasi-reaktivasi': edited as Uint8Array<ArrayBuffer> },
    });
    const viaProfile = await renderLetter({ case: input, decision, profile, letter });
    expect(Buffer.from(viaProfile).equals(Buffer.from(viaLetter))).toBe(true);
    expect(
      Buffer.from(await exportTemplate('rekomendasi-reaktivasi', { profile })).equals(
        Buffer.from(edited),
      ),
    ).toBe(true);
  });

  it('exportTemplate refuses an unknown kind or profile with a ValidationError', async () => {
    await expect(exportTemplate('surat-cinta' as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(
      exportTemplate('pengembalian-berkas', { profile: 'jakarta' as never }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('exportTemplate hands out a copy: changing it does not change later letters', async () => {
    const a = await exportTemplate('pengembalian-berkas');
    a.fill(0);
    expect(
      checkTemplate(await exportTemplate('pengembalian-berkas'), 'pengembalian-berkas').ok,
    ).toBe(true);
  });
});

describe('checkTemplate reports problems in plain words, with the paragraph', () => {
  const base = builtinTemplate('rekomendasi-reaktivasi');

  it('an unknown tag', () => {
    const t = editDocument(base, (xml) => xml.replace('{hal}', '{perihal}'));
    const report = checkTemplate(t, 'rekomendasi-reaktivasi');
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(
      expect.objectContaining({ code: 'unknown-tag', tag: 'perihal', paragraph: '{perihal}' }),
    );
    expect(report.problems).toContainEqual(
      expect.objectContaining({ code: 'missing-tag', tag: 'hal' }),
    );
    expect(report.problems.find((p) => p.code === 'unknown-tag')?.message).toBe(
      'tag {perihal} tidak dikenal untuk jenis surat ini',
    );
  });

  it('a missing required tag', () => {
    const t = editDocument(base, (xml) => xml.replace('{nik}', '3303…'));
    const report = checkTemplate(t, 'rekomendasi-reaktivasi', 'en');
    expect(report.problems).toEqual([
      {
        code: 'missing-tag',
        tag: 'nik',
        message: 'required tag {nik} is missing from the template',
      },
    ]);
  });

  it('broken tag syntax, with the paragraph where it sits', () => {
    const t = editDocument(base, (xml) => xml.replace('Yth. {tujuan}', 'Yth. {tujuan'));
    const report = checkTemplate(t, 'rekomendasi-reaktivasi');
    expect(report.ok).toBe(false);
    const problem = report.problems[0];
    expect(problem).toMatchObject({ code: 'syntax', part: 'word/document.xml' });
    expect(problem?.paragraph).toContain('Yth. {tujuan');
    expect(problem?.message).toContain('tidak ditutup');
  });

  it('an unclosed section', () => {
    const t = editDocument(base, (xml) => xml.replace('{/tembusan}', 'x'));
    const report = checkTemplate(t, 'rekomendasi-reaktivasi', 'en');
    expect(report.problems[0]).toMatchObject({ code: 'syntax', tag: 'tembusan' });
    expect(report.problems[0]?.message).toContain('not closed');
  });

  it('a raw-XML tag and a list used as a value', () => {
    const t = editDocument(base, (xml) =>
      xml.replace('{nama}', '{@nama}').replace('{nomor}', '{nomor} {paraf}'),
    );
    const report = checkTemplate(t, 'rekomendasi-reaktivasi');
    expect(report.problems.map((p) => p.code).sort()).toEqual(['misused-tag', 'unsupported-tag']);
  });

  it('a tag of another kind', () => {
    const t = editDocument(base, (xml) =>
      xml.replace('{nomor}', '{nomor}{#alasan}{teks}{/alasan}'),
    );
    const report = checkTemplate(t, 'rekomendasi-reaktivasi');
    expect(report.problems).toContainEqual(
      expect.objectContaining({ code: 'unknown-tag', tag: 'alasan' }),
    );
  });

  it('bytes that are not a .docx', () => {
    expect(checkTemplate(new Uint8Array([1, 2, 3]), 'pengembalian-berkas').problems[0]?.code).toBe(
      'not-docx',
    );
    expect(checkTemplate('nope' as never, 'pengembalian-berkas').ok).toBe(false);
  });

  it('renderLetter refuses a broken template at letter.template, naming the problem', async () => {
    const input = reaktivasi('35.20') as CaseInput;
    const decision = await evaluate(input, { profile: 'magetan' });
    const broken = editDocument(base, (xml) => xml.replace('{hal}', '{perihal}'));
    try {
      await renderLetter({
        case: input,
        decision,
        profile: 'magetan',
        letter: { number: '1', date: '2026-03-02', template: broken },
      });
      throw new Error('expected a ValidationError');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const issue = (e as ValidationError).issues[0];
      expect(issue).toMatchObject({ path: ['letter', 'template'], code: 'template-invalid' });
      expect(issue?.message).toContain('{perihal}');
    }
  });
});
