/**
 * A legal reviewer's reading of the rule book, as tests: the Indonesian Magetan book at
 * 2026-03-01 reads as Indonesian and as law, every primary-text citation carries its article's
 * words, the cover carries the fingerprint the reviewer signs, and a book made `since` a signed
 * snapshot reports exactly what changed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ValidationError } from '../../src/errors/validation-error';
import { canonicalJson } from '../../src/hash/canonical-json';
import { compareRulesets } from '../../src/rulebook/changes';
import { renderRuleBook } from '../../src/rulebook/render-rule-book';
import { exportRuleset, type RulesetSnapshot, snapshotFingerprint } from '../../src/rules/snapshot';

const magetan = (extra: Record<string, unknown> = {}) =>
  renderRuleBook({ profile: 'magetan', asOf: '2026-03-01', format: 'md', ...extra });

/** Words that mark an English sentence; none is an Indonesian word or a name the book uses. */
const ENGLISH = [
  'the',
  'and',
  'is',
  'are',
  'of',
  'with',
  'without',
  'not',
  'for',
  'to',
  'still',
  'applicant',
  'received',
  'window',
  'letter',
  'rule',
  'rules',
  'document',
  'documents',
  'member',
  'registered',
  'eligible',
  'outside',
  'inside',
  'pending',
  'checked',
  'yet',
  'gets',
  'given',
  'after',
  'before',
  'from',
  'only',
  'one',
  'both',
  'new',
  'era',
];

function englishWords(line: string): string[] {
  const words = line
    .replace(/`[^`]*`/g, ' ')
    .replace(/"[^"]*"|'[^']*'|“[^”]*”/g, ' ')
    .toLowerCase()
    .split(/[^a-z]+/);
  return words.filter((w) => ENGLISH.includes(w));
}

/** A snapshot with its fingerprint recomputed after `change`. */
// biome-ignore lint/suspicious/noExplicitAny: the test edits the snapshot's JSON freely
function edited(change: (s: Record<string, any>) => void): RulesetSnapshot {
  const copy = JSON.parse(JSON.stringify(exportRuleset('magetan')));
  change(copy);
  copy.fingerprint = snapshotFingerprint(copy);
  return copy as RulesetSnapshot;
}

describe('the Indonesian Magetan book, read by a Bagian Hukum reviewer', async () => {
  const book = await magetan();
  const lines = book.split('\n');

  it('has no English sentence in its headings and example titles', () => {
    const headings = lines.filter((l) => /^#{1,4} /.test(l));
    expect(headings.filter((h) => h.includes('Contoh')).length).toBeGreaterThan(5);
    for (const h of headings) expect(englishWords(h), h).toEqual([]);
  });

  it('states no condition with "lebih besar dari", "sama dengan" or "tidak sama dengan"', () => {
    const conditions = lines.filter((l) => l.includes('**Alasan diberikan bila:**'));
    expect(conditions.length).toBeGreaterThan(20);
    expect(book).not.toMatch(/lebih besar dari|sama dengan/);
    expect(book).not.toContain('tidak ditetapkan SOP:');
    expect(book).toContain(
      '**Alasan diberikan bila:** Kepesertaan pemohon berstatus nonaktif dan permohonan diterima setelah batas waktu reaktivasi berakhir',
    );
  });

  it('follows every verified national citation with the article’s words, and every SOP citation with the SOP’s', () => {
    let national = 0;
    let sop = 0;
    lines.forEach((line, i) => {
      if (!/^ {2}- \*\*.*\*\* — ✓ terverifikasi/.test(line)) return;
      const next = lines[i + 1] ?? '';
      if (line.includes('SOP ')) {
        sop += 1;
        expect(next, line).toMatch(/^ {2}- \*\*Bunyi SOP:\*\* /);
      } else {
        national += 1;
        expect(next, line).toMatch(/^ {2}- \*\*Bunyi Pasal \d+( ayat \(\d+\))?:\*\* /);
      }
    });
    expect(national).toBeGreaterThan(2);
    expect(sop).toBeGreaterThan(0);
    expect(book).toContain(
      '“Peserta PBI Jaminan Kesehatan yang dihapuskan, namun ternyata masih layak membutuhkan layanan kesehatan',
    );
  });

  it('carries the ruleset fingerprint of exportRuleset on its cover', () => {
    const cover = book.slice(0, book.indexOf('## 1.'));
    expect(cover).toContain(
      `**Sidik jari aturan (SHA-256):** \`${exportRuleset('magetan').fingerprint}\``,
    );
  });

  it('names the office: who signs (a.n.), the paraf chain, the SLA, the SOP’s product beside the printed title', () => {
    expect(book).toContain('Kepala Bidang Perlindungan dan Jaminan Sosial — a.n. Kepala Dinas');
    expect(book).toContain('**Waktu pelayanan (SLA):** 60 menit');
    expect(book).toContain(
      '| Surat Keterangan Pengaktifan Kembali | Surat Permohonan Reaktivasi |',
    );
  });

  it('ends with the sign-off sheet: one row per rule of the snapshot, and the reviewers’ signatures', () => {
    const sheet = book.slice(book.lastIndexOf('## '));
    expect(sheet).toMatch(/^## \d+\. Lembar pengesahan/);
    const rules = Object.keys(exportRuleset('magetan').rules);
    for (const id of rules) expect(sheet).toContain(`| \`${id}\` |`);
    expect(sheet.match(/^\|.*\| diterima \/ diubah \/ ditolak \|/gm)?.length).toBe(rules.length);
    expect(sheet).toContain('Kepala Bagian Hukum');
    expect(sheet).toContain('Kepala Bidang Perlindungan dan Jaminan Sosial');
  });

  it('gives the already-PBI message a PBI segment, and never-enrolled applicants no "belum dicek" segment', async () => {
    const nasional = await renderRuleBook({
      profile: 'nasional',
      asOf: '2026-03-01',
      format: 'md',
    });
    expect(nasional).not.toContain('sudah menjadi peserta PBI aktif (PBPU)');
    expect(nasional).not.toContain('segmen kepesertaan: belum dicek');
    expect(nasional).toContain('segmen kepesertaan: belum pernah menjadi peserta');
  });
});

describe('the English book is English', async () => {
  const book = await renderRuleBook({
    profile: 'magetan',
    locale: 'en',
    asOf: '2026-03-01',
    format: 'md',
  });
  it('titles its examples in English, with English labels and notes', () => {
    expect(book).toContain('Magetan langkah 4: BPJS says the person is no longer registered');
    expect(book).not.toContain('BPJS menyatakan orang tersebut');
    expect(book).not.toMatch(/Catatan:|Bunyi SOP|Alasan diberikan bila|Lembar pengesahan/);
    expect(book).toMatch(/## \d+\. Sign-off sheet/);
  });
});

describe('changes since the signed version', () => {
  it('an identical snapshot: "tidak ada perubahan"', async () => {
    const book = await magetan({ since: exportRuleset('magetan') });
    expect(book).toMatch(/## 1\. Perubahan sejak versi yang disahkan/);
    expect(book).toContain('Tidak ada perubahan');
  });

  it('one rule, one parameter value and one citation changed: exactly those three are reported', async () => {
    const current = exportRuleset('magetan');
    const signed = edited((s) => {
      s.rules['health.needs-care'].when = { fact: 'needsCare', operator: 'equal', value: null };
      s.parameters.desilLimit.values[0].value = 4;
      s.citations['p3-pasal-20-3'].verified = false;
    });
    const changes = compareRulesets(signed, current);
    expect(changes.rules).toEqual({
      added: [],
      removed: [],
      changed: [{ id: 'health.needs-care', aspects: ['when'] }],
    });
    expect(changes.parameters).toEqual({ added: [], removed: [], changed: ['desilLimit'] });
    expect(changes.citations).toEqual({
      added: [],
      removed: [],
      changed: [{ id: 'p3-pasal-20-3', verifiedFlipped: true, fields: ['verified'] }],
    });
    expect([changes.requirements, changes.policy, changes.instruments, changes.national]).toEqual([
      [],
      [],
      [],
      false,
    ]);

    const book = (await magetan({ since: signed })) as string;
    const section = book.slice(0, book.indexOf('\n## 2.'));
    expect(section).toContain('Berubah: 1 aturan, 1 parameter, 1 dasar hukum, 0 hal lain.');
    expect(section).toContain(
      '**Alasan diberikan bila (sebelum):** Kebutuhan layanan kesehatan pemohon belum dinilai',
    );
    expect(section).toContain(
      '**Alasan diberikan bila (sesudah):** Pemohon tidak membutuhkan layanan kesehatan',
    );
    expect(section).toContain('**Nilai (sebelum):** 4, sejak 1 Mei 2025');
    expect(section).toContain('**Nilai (sesudah):** 5, sejak 1 Mei 2025');
    expect(section).toContain(
      'Status verifikasi berubah: ⚠ belum terverifikasi → ✓ terverifikasi.',
    );
    expect(section.match(/^#### /gm)?.length).toBe(3);
  });

  it('refuses another profile’s snapshot, an altered one and a non-snapshot with a localised ValidationError', async () => {
    const garut = exportRuleset('garut');
    const altered = { ...exportRuleset('magetan'), rulesetVersion: '1999.1.1' };
    for (const [since, id, en] of [
      [garut, 'untuk profil "garut"', 'is for profile "garut"'],
      [altered, 'tidak cocok dengan sidik jarinya', 'does not match its fingerprint'],
      ['hello', 'bukan snapshot aturan pbi-jk', 'not a pbi-jk ruleset snapshot'],
      [{ rules: {} }, 'bukan snapshot aturan pbi-jk', 'not a pbi-jk ruleset snapshot'],
      [null, 'bukan snapshot aturan pbi-jk', 'not a pbi-jk ruleset snapshot'],
    ] as const) {
      for (const [locale, text] of [
        ['id', id],
        ['en', en],
      ] as const) {
        const e = await magetan({ since, locale }).catch((x: unknown) => x);
        expect(e).toBeInstanceOf(ValidationError);
        const issue = (e as ValidationError).issues[0];
        expect(issue?.path).toEqual(['options', 'since']);
        expect(issue?.message).toContain(text);
      }
    }
  });
});

describe('the .docx book for sign-off', () => {
  it('puts the sign-off sheet on its own page, as a real table with one row per rule', async () => {
    const bytes = await renderRuleBook({ profile: 'magetan', asOf: '2026-03-01', format: 'docx' });
    const xml = new PizZip(bytes).file('word/document.xml')?.asText() ?? '';
    const at = xml.indexOf('Lembar pengesahan');
    const para = xml.slice(xml.lastIndexOf('<w:p>', at), at);
    expect(para).toContain('<w:pageBreakBefore/>');
    const tables = xml.slice(at).split('<w:tbl>').length - 1;
    expect(tables).toBe(2);
    const rows = xml.slice(at, xml.indexOf('</w:tbl>', at)).split('<w:tr>').length - 1;
    expect(rows).toBe(Object.keys(exportRuleset('magetan').rules).length + 1);
  });
});

describe('renderRuleBook types follow the format', () => {
  it('md → string, docx → Uint8Array<ArrayBuffer>', () => {
    expectTypeOf(
      renderRuleBook({ profile: 'magetan', format: 'md' }),
    ).resolves.toEqualTypeOf<string>();
    expectTypeOf(renderRuleBook({ profile: 'magetan', format: 'docx' })).resolves.toEqualTypeOf<
      Uint8Array<ArrayBuffer>
    >();
    const format = 'md' as 'md' | 'docx';
    expectTypeOf(renderRuleBook({ profile: 'magetan', format })).resolves.toEqualTypeOf<
      string | Uint8Array
    >();
  });

  it('the snapshot is canonical JSON-safe data', () => {
    const s = exportRuleset('magetan');
    expect(JSON.parse(canonicalJson(s))).toEqual(s);
  });
});

/** The seed SOPs live beside the repository (shared/seeds), not in it. */
const SEEDS = process.env.PBI_JK_SEEDS ?? '/work/shared/seeds';
const seedsHere = existsSync(SEEDS);
if (!seedsHere)
  console.warn(`${SEEDS} is missing (set PBI_JK_SEEDS): skipping the seed-quote test`);

describe('the seeds’ own words beside SOP citations', () => {
  it.skipIf(!seedsHere)(
    'every quote in a profile’s sopRefs is the seed’s text, word for word',
    async () => {
      const { PROFILE_IDS, profiles } = await import('../../src/profiles/index');
      const squash = (s: string) => s.replace(/\s+/g, ' ');
      let quotes = 0;
      for (const id of PROFILE_IDS) {
        const p = profiles[id];
        if (!p.sop?.seed) continue;
        const seed = squash(readFileSync(join(SEEDS, p.sop.seed), 'utf8'));
        for (const service of ['reaktivasi', 'pendaftaran', 'pengalihan'] as const) {
          for (const [key, text] of Object.entries(p.policy[service].sopRefs ?? {})) {
            if (!key.startsWith('quote:')) continue;
            quotes += 1;
            expect(seed, `${id} ${service} ${key}`).toContain(squash(text));
          }
        }
      }
      expect(quotes).toBeGreaterThan(10);
    },
  );
});
