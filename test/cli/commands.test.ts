import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { CASES, cli, fullIds, sample, tempDir } from './helpers';

const ELIGIBLE = 'examples/cases/magetan/01-reaktivasi-memenuhi-syarat.json';
const NOT_IN_ROSTER = 'examples/cases/magetan/02-reaktivasi-tidak-di-sk-bpjs.json';

/** Text of a .docx's main part. */
function docxText(file: string): string {
  const zip = new PizZip(readFileSync(file));
  return (zip.file('word/document.xml')?.asText() ?? '').replace(/<[^>]+>/g, '');
}

/** A case with a NIK whose date part is impossible (day 99) and a KK of the wrong length. */
const BAD_NIK = '3520019902900001';
const BAD_KK = '35200101010900';
const invalidCase = JSON.stringify({
  ...JSON.parse(sample('magetan', '01-reaktivasi-memenuhi-syarat')),
  applicant: {
    ...JSON.parse(sample('magetan', '01-reaktivasi-memenuhi-syarat')).applicant,
    nik: BAD_NIK,
    kk: BAD_KK,
  },
});

describe('pbi-jk --help', () => {
  it.each([
    [[]],
    [['demo']],
    [['evaluate']],
    [['letter']],
    [['batch']],
    [['rules']],
    [['template']],
    [['template', 'export']],
    [['template', 'check']],
    [['schema']],
  ])('%j --help prints usage with examples and exits 0', (args) => {
    const r = cli([...args, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: pbi-jk');
    expect(r.stdout).toContain('Examples / Contoh:');
  });

  it('lists every command and the exit codes', () => {
    const r = cli(['--help']);
    for (const c of ['demo', 'evaluate', 'letter', 'batch', 'rules', 'template', 'schema']) {
      expect(r.stdout).toContain(c);
    }
    expect(r.stdout).toContain('Exit codes: 0 success, 1 invalid input, 2 wrong usage');
  });

  it('documents --locale id|en on commands', () => {
    expect(cli(['evaluate', '--help']).stdout).toMatch(/--locale <locale>.*choices: "id", "en"/s);
  });
});

describe('wrong usage exits 2', () => {
  it.each([
    ['an unknown command', ['frobnicate']],
    ['an unknown option', ['evaluate', ELIGIBLE, '--profile', 'magetan', '--colour']],
    ['a missing argument', ['evaluate', '--profile', 'magetan']],
    ['a missing --profile', ['evaluate', ELIGIBLE]],
    ['an unknown profile', ['evaluate', ELIGIBLE, '--profile', 'atlantis']],
    ['an unknown locale', ['evaluate', ELIGIBLE, '--profile', 'magetan', '--locale', 'fr']],
    ['a letter without --out', ['letter', ELIGIBLE, '--profile', 'magetan', '--number', '1']],
    [
      'an unknown letter kind',
      ['template', 'export', 'surat-cinta', '--profile', 'garut', '--out', 'x.docx'],
    ],
    ['no command at all', []],
  ])('%s', (_name, args) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toBe('');
  });
});

describe('pbi-jk schema', () => {
  it('prints the JSON Schema of CaseInput and Decision', () => {
    const r = cli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(Object.keys(schema)).toEqual(['CaseInput', 'Decision']);
    expect(schema.CaseInput.properties.applicant).toBeDefined();
  });

  it('writes titles and descriptions in English with --locale en, Bahasa Indonesia by default', () => {
    const en = JSON.parse(cli(['schema', '--locale', 'en']).stdout);
    const id = JSON.parse(cli(['schema']).stdout);
    expect(en.CaseInput.properties.receivedOn.title).toBe('Date received');
    expect(id.CaseInput.properties.receivedOn.title).toBe('Tanggal permohonan diterima');
    expect(en.Decision.properties.outcome.title).toBe('Outcome');
  });
});

describe('pbi-jk evaluate', () => {
  it('explains an ineligible decision: outcome, every reason with its citation, next steps', () => {
    const r = cli(['evaluate', NOT_IN_ROSTER, '--profile', 'magetan']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Hasil: TIDAK MEMENUHI SYARAT (ineligible)');
    expect(r.stdout).toContain('not-in-bpjs-roster');
    expect(r.stdout).toContain('Dasar hukum: SOP');
    expect(r.stdout).toContain('Langkah berikutnya:');
    expect(r.stdout).toContain('NIK ************');
    expect(fullIds(r.stdout)).toEqual([]);
  });

  it('lists a rule waiting for an office check as not yet decidable, never as met', () => {
    const file = join(CASES, 'magetan', '03-reaktivasi-sk-bpjs-belum-dicek.json');
    const r = cli(['evaluate', file, '--profile', 'magetan']);
    expect(r.code).toBe(0);
    const [before, after] = r.stdout.split('Belum dapat diputus (menunggu pengecekan):');
    expect(after).toBeDefined();
    const roster = 'BPJS Kesehatan masih mencantumkan pemohon dalam SK kepesertaan';
    expect(after?.split('Syarat yang terpenuhi:')[0]).toContain(`? ${roster}`);
    expect(after?.split('Syarat yang terpenuhi:')[1]).not.toContain(roster);
    expect(before).not.toContain(`✓ ${roster}`);
  });

  it('lists missing documents of an incomplete case', () => {
    const r = cli([
      'evaluate',
      'examples/cases/nasional/02-reaktivasi-berkas-kurang.json',
      '--profile',
      'nasional',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('BELUM LENGKAP');
    expect(r.stdout).toMatch(/Dokumen yang kurang: .*kartu-jkn/);
  });

  it('speaks English with --locale en', () => {
    const r = cli(['evaluate', NOT_IN_ROSTER, '--profile', 'magetan', '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Outcome: NOT ELIGIBLE (ineligible)');
    expect(r.stdout).toContain('Legal basis:');
  });

  it('prints the Decision as JSON with --json, and honours --as-of', () => {
    const r = cli([
      'evaluate',
      ELIGIBLE,
      '--profile',
      'magetan',
      '--json',
      '--as-of',
      '2026-03-05',
    ]);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.outcome).toBe('eligible');
    expect(d.asOf).toBe('2026-03-05');
    expect(d.profile).toBe('magetan');
  });

  it('reads the case from stdin with -', () => {
    const r = cli(['evaluate', '-', '--profile', 'magetan', '--json'], {
      input: sample('magetan', '01-reaktivasi-memenuhi-syarat'),
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).outcome).toBe('eligible');
  });

  it('exits 1 on invalid input, one masked `path: message` line per problem', () => {
    const r = cli(['evaluate', '-', '--profile', 'magetan'], { input: invalidCase });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Data tidak valid:');
    expect(r.stderr).toMatch(/applicant\.nik: NIK \*{12}0001 tidak valid/);
    expect(r.stderr).toMatch(/applicant\.kk: nomor KK \*+0900 harus 16 digit/);
    expect(r.stderr).not.toContain(BAD_NIK);
    expect(r.stderr).not.toContain(BAD_KK);
    expect(fullIds(r.stderr)).toEqual([]);
  });

  it('exits 1 with English messages under --locale en', () => {
    const r = cli(['evaluate', '-', '--profile', 'magetan', '--locale', 'en'], {
      input: invalidCase,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Invalid input:');
    expect(r.stderr).not.toContain(BAD_NIK);
  });

  it('exits 1 for an as-of date before 2020', () => {
    const r = cli(['evaluate', ELIGIBLE, '--profile', 'magetan', '--as-of', '2019-12-31']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('asOf');
  });

  it('exits 1 for a file that is not JSON, masking what it quotes', () => {
    const r = cli(['evaluate', '-', '--profile', 'magetan'], {
      input: '{"nik": 3520014508900001,',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bukan JSON yang valid');
    expect(fullIds(r.stderr)).toEqual([]);
  });

  it('exits 1 for a missing file', () => {
    const r = cli(['evaluate', 'tidak-ada.json', '--profile', 'magetan']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('berkas tidak ditemukan: tidak-ada.json');
  });
});

describe('pbi-jk letter', () => {
  it('evaluates, then writes the rekomendasi letter with the number from the profile pattern', () => {
    const out = join(tempDir(), 'surat.docx');
    const r = cli(['letter', ELIGIBLE, '--profile', 'magetan', '--number', '17', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('MEMENUHI SYARAT');
    const text = docxText(out);
    expect(text).toContain('400.9/17/403.107/2026');
    expect(text).toContain('Sumarni');
    expect(text).toContain('02 Maret 2026'); // the case's receivedOn, Magetan writes a leading zero
  });

  it('reads stdin, takes --date and a full number, and writes pengembalian-berkas for an ineligible case', () => {
    const out = join(tempDir(), 'nested', 'kembali.docx');
    const r = cli(
      [
        'letter',
        '-',
        '--profile',
        'magetan',
        '--number',
        '400.9/099/403.107/2026',
        '--date',
        '2026-03-20',
        '--out',
        out,
      ],
      { input: sample('magetan', '02-reaktivasi-tidak-di-sk-bpjs') },
    );
    expect(r.code).toBe(0);
    const text = docxText(out);
    expect(text).toContain('400.9/099/403.107/2026');
    expect(text).toContain('20 Maret 2026');
    expect(text).toMatch(/SIKS-NG/);
  });

  it('exits 1 on invalid input and writes nothing', () => {
    const out = join(tempDir(), 'surat.docx');
    const r = cli(['letter', '-', '--profile', 'magetan', '--number', '1', '--out', out], {
      input: invalidCase,
    });
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).not.toContain(BAD_NIK);
    expect(fullIds(r.stderr)).toEqual([]);
  });

  it('exits 1 for a signatory the profile does not have', () => {
    const out = join(tempDir(), 'surat.docx');
    const r = cli([
      'letter',
      ELIGIBLE,
      '--profile',
      'magetan',
      '--number',
      '1',
      '--signatory',
      'bupati',
      '--out',
      out,
    ]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 for a date that is not YYYY-MM-DD', () => {
    const r = cli([
      'letter',
      ELIGIBLE,
      '--profile',
      'magetan',
      '--number',
      '1',
      '--date',
      '2/3/2026',
      '--out',
      'x.docx',
    ]);
    expect(r.code).toBe(2);
  });
});

describe('pbi-jk template', () => {
  it('exports a template, checks it clean, and renders a letter with it', () => {
    const dir = tempDir();
    const tpl = join(dir, 'templat.docx');
    const e = cli([
      'template',
      'export',
      'rekomendasi-reaktivasi',
      '--profile',
      'garut',
      '--out',
      tpl,
    ]);
    expect(e.code).toBe(0);
    expect(readFileSync(tpl).subarray(0, 2).toString()).toBe('PK');
    const c = cli(['template', 'check', tpl, '--kind', 'rekomendasi-reaktivasi']);
    expect(c.code).toBe(0);
    expect(c.stdout).toContain('Templat dapat dipakai');
    const out = join(dir, 'surat.docx');
    const l = cli([
      'letter',
      'examples/cases/garut/01-reaktivasi-memenuhi-syarat.json',
      '--profile',
      'garut',
      '--number',
      '5',
      '--template',
      tpl,
      '--out',
      out,
    ]);
    expect(l.code).toBe(0);
    expect(docxText(out)).toContain('Euis Komariah');
  });

  it('exits 1 and explains when the file is not a template', () => {
    const bad = join(tempDir(), 'bukan.docx');
    writeFileSync(bad, 'bukan docx');
    const r = cli(['template', 'check', bad, '--kind', 'pengembalian-berkas', '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('The template has problems');
  });
});

describe('pbi-jk rules', () => {
  it('writes the Markdown rule book to stdout', () => {
    const r = cli(['rules', '--profile', 'magetan', '--as-of', '2026-03-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Magetan/);
  });

  it('writes the .docx rule book to --out', () => {
    const out = join(tempDir(), 'buku.docx');
    const r = cli([
      'rules',
      '--profile',
      'garut',
      '--format',
      'docx',
      '--locale',
      'en',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('exits 2 for --format docx without --out', () => {
    expect(cli(['rules', '--profile', 'garut', '--format', 'docx']).code).toBe(2);
  });
});

describe('pbi-jk demo', () => {
  it('decides the bundled cases of every profile and writes decisions, letters and a summary', () => {
    const out = join(tempDir(), 'demo');
    const r = cli(['demo', '--out', out]);
    expect(r.code).toBe(0);
    for (const profile of readdirSync(CASES)) {
      expect(r.stdout).toContain(profile);
      const cases = readdirSync(join(CASES, profile)).filter((f) => f.endsWith('.json'));
      expect(readdirSync(join(out, 'keputusan', profile)).length).toBe(cases.length);
      // Every case gets a letter except those where only the office's own checks are pending
      // (SPEC §3: checks-pending, no letter to the citizen).
      const decisions = readdirSync(join(out, 'keputusan', profile)).map(
        (f) =>
          JSON.parse(readFileSync(join(out, 'keputusan', profile, f), 'utf8')) as {
            outcome: string;
            reasons: { kind: string }[];
          },
      );
      const checksOnly = decisions.filter(
        (d) => d.outcome === 'incomplete' && !d.reasons.some((x) => x.kind === 'document'),
      ).length;
      const letters = existsSync(join(out, 'surat', profile))
        ? readdirSync(join(out, 'surat', profile)).length
        : 0;
      expect(letters).toBe(cases.length - checksOnly);
      expect(existsSync(join(out, 'buku-aturan', `${profile}.md`))).toBe(true);
      expect(existsSync(join(out, 'buku-aturan', `${profile}.docx`))).toBe(true);
    }
    const summary = readFileSync(join(out, 'ringkasan.md'), 'utf8');
    expect(summary).toContain('TIDAK MEMENUHI SYARAT');
    expect(summary).toContain('Dasar hukum');
    expect(fullIds(summary)).toEqual([]);
    expect(fullIds(r.stdout + r.stderr)).toEqual([]);
  });

  it('gives the same decisions and letters on every run', () => {
    const a = join(tempDir(), 'a');
    const b = join(tempDir(), 'b');
    expect(cli(['demo', '--out', a]).code).toBe(0);
    expect(cli(['demo', '--out', b]).code).toBe(0);
    const file = 'surat/pematangsiantar/03-pengalihan-memenuhi-syarat.docx';
    expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file)))).toBe(true);
    const decision = 'keputusan/garut/02-reaktivasi-luar-wilayah.json';
    expect(readFileSync(join(a, decision), 'utf8')).toBe(readFileSync(join(b, decision), 'utf8'));
  });
});
