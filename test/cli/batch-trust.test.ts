/**
 * Issue 12: a batch never loses, alters or half-writes a case, from files made the way Excel and
 * its users make them. Every test drives the built binary (dist/cli.js).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CLI, cli, fullIds, ROOT, readCsv, sample, tempDir } from './helpers';
import { type XCell, xlsxBytes } from './xlsx-writer';

const H = [
  'layanan',
  'tanggal_diterima',
  'nik',
  'no_kk',
  'nama',
  'tempat_lahir',
  'tanggal_lahir',
  'jenis_kelamin',
  'alamat',
  'rt',
  'rw',
  'desa',
  'kecamatan',
  'kode_wilayah',
  'no_kartu',
  'segmen',
  'status',
  'tanggal_nonaktif',
  'terdaftar_bpjs',
  'dtsen_terdaftar',
  'desil',
  'butuh_layanan',
  'kondisi',
  'dokumen',
] as const;
type Fields = Partial<Record<(typeof H)[number], XCell>>;

const BASE: Fields = {
  layanan: 'reaktivasi',
  tanggal_diterima: '2026-03-02',
  nik: '3520014508900001',
  no_kk: '3520010101090001',
  nama: 'Siti Aminah',
  tempat_lahir: 'Magetan',
  tanggal_lahir: '1990-08-05',
  jenis_kelamin: 'P',
  alamat: 'Jl. Mawar 3',
  rt: '002',
  rw: '001',
  desa: 'Selosari',
  kecamatan: 'Magetan',
  kode_wilayah: '35.20',
  no_kartu: '0001234567890',
  segmen: 'PBI-APBN',
  status: 'nonaktif',
  tanggal_nonaktif: '2026-01-15',
  terdaftar_bpjs: 'ya',
  dtsen_terdaftar: 'ya',
  desil: 3,
  butuh_layanan: 'ya',
  kondisi: 'kronis',
  dokumen: 'ktp;kk;kartu-jkn;surat-keterangan-faskes',
};
const row = (f: Fields = {}): XCell[] => H.map((h) => (h in f ? f[h] : BASE[h]));

function run(file: string, out: string, extra: string[] = [], env: Record<string, string> = {}) {
  const r = cli(['batch', file, '--profile', 'magetan', '--out', out, ...extra], { env });
  const read = (f: string) => (existsSync(join(out, f)) ? readCsv(join(out, f)) : []);
  return { ...r, summary: read('summary.csv'), errors: read('errors.csv') };
}

/** Every file under a folder (relative path → bytes). */
function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** Everything a run printed or wrote as text (letters' document.xml included). */
function allText(out: string, r: { stdout: string; stderr: string }): string {
  const parts = [r.stdout, r.stderr];
  for (const [name, bytes] of tree(out)) {
    if (name.endsWith('.docx')) {
      const files = unzipSync(new Uint8Array(bytes));
      parts.push(Buffer.from(files['word/document.xml'] ?? []).toString('utf8'));
    } else parts.push(bytes.toString('utf8'));
    parts.push(name);
  }
  return parts.join('\n');
}

function documentXml(file: string): string {
  return Buffer.from(
    unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml'] ?? [],
  ).toString('utf8');
}

describe('pbi-jk batch: what Excel did is refused, never guessed', () => {
  it('refuses a NIK stored as a number (15 digits kept), an #N/A cell and a NIK typed as the name', () => {
    const dir = tempDir();
    const file = join(dir, 'maret.xlsx');
    writeFileSync(
      file,
      xlsxBytes({
        sheets: [
          {
            name: 'Maret',
            rows: [
              [...H],
              row({ nik: '3520014508900012', nama: 'Tersimpan Teks' }),
              // What Excel keeps of 3520014508900012 typed into a General column.
              row({ nik: 3520014508900010, nama: 'Tersimpan Angka' }),
              row({ no_kk: 3520010101090001, nama: 'KK Angka' }),
              row({ terdaftar_bpjs: { error: '#N/A' }, nama: 'Rumus Gagal' }),
              row({ nama: '3520014508900099' }),
              row({ nama: 'Budi', no_kartu: 1234567890 }),
            ],
          },
        ],
      }),
    );
    const out = join(dir, 'hasil');
    const r = run(file, out);
    expect(r.code).toBe(0);
    const byRow = new Map(r.summary.slice(1).map((s) => [s[0], s]));
    expect(byRow.get('2')?.[4]).toBe('eligible');
    for (const n of ['3', '4', '5', '6']) expect(byRow.get(n)?.[4]).toBe('invalid');
    // A 10-digit card number typed as a number is exact: padded back to 13 digits.
    expect(byRow.get('7')?.[4]).toBe('eligible');
    const errors = r.errors.slice(1);
    const at = (n: string, col: string) => errors.find((e) => e[0] === n && e[1] === col)?.[2];
    expect(at('3', 'nik')).toMatch(/Teks/);
    expect(at('3', 'nik')).toMatch(/15 digit/);
    expect(at('4', 'no_kk')).toMatch(/Teks/);
    expect(at('5', 'terdaftar_bpjs')).toMatch(/#N\/A/);
    expect(at('6', 'nama')).toMatch(/bukan nama/);
    // Only the refused cell is reported for its row (no "required" echo).
    expect(errors.filter((e) => e[0] === '3')).toHaveLength(1);
    // The NIK typed as a name appears nowhere: not in a report, a file name, or a letter.
    expect(byRow.get('6')?.[2]).toBe('');
    expect(allText(out, r)).not.toContain('8900099');
    // No full NIK or KK in what is printed or reported (the letters carry the applicant's own).
    const reports = ['summary.csv', 'errors.csv'].map((f) => readFileSync(join(out, f), 'utf8'));
    expect(
      fullIds([r.stdout, r.stderr, ...reports, ...readdirSync(join(out, 'surat'))].join('\n')),
    ).toEqual([]);
    expect(readdirSync(join(out, 'surat'))).toHaveLength(2);
  });

  it('refuses a NIK that a CSV saved by Excel wrote as 3.52001E+15', () => {
    const dir = tempDir();
    const file = join(dir, 'kasus.csv');
    const cells = row({ nik: '3.52001E+15' }).map((c) => String(c ?? ''));
    writeFileSync(
      file,
      `${H.join(',')}\r\n${cells.map((c) => (c.includes(';') ? `"${c}"` : c)).join(',')}\r\n`,
    );
    const r = run(file, join(dir, 'hasil'));
    expect(r.errors[1]?.slice(0, 2)).toEqual(['2', 'nik']);
    expect(r.errors[1]?.[2]).toMatch(/Teks/);
  });

  it('decodes a Windows-1252 CSV (Excel "CSV (Comma delimited)"): Ma’ruf stays Ma’ruf', () => {
    const dir = tempDir();
    const file = join(dir, 'kasus.csv');
    const text = `${H.join(',')}\r\n${row({ nama: 'Ma’ruf Amin' })
      .map((c) => String(c ?? ''))
      .join(',')}\r\n`;
    // U+2019 is byte 0x92 in windows-1252; latin1 bytes for everything else.
    const bytes = Buffer.from(text.replace('’', '\u0092'), 'latin1');
    expect(bytes.includes(0x92)).toBe(true);
    writeFileSync(file, bytes);
    const out = join(dir, 'hasil');
    const r = run(file, out);
    expect(r.code).toBe(0);
    expect(r.summary[1]?.[2]).toBe('Ma’ruf Amin');
    const letter = readdirSync(join(out, 'surat'))[0] as string;
    const xml = documentXml(join(out, 'surat', letter));
    expect(xml).toContain('Ma’ruf Amin');
    expect(xml).not.toContain('\uFFFD');
    expect(r.stderr).toContain('windows-1252');
  });

  it('reads dates of a 1904-date-system workbook with the 1904 epoch', () => {
    const dir = tempDir();
    const file = join(dir, 'mac.xlsx');
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    writeFileSync(
      file,
      xlsxBytes({
        date1904: true,
        sheets: [
          {
            name: 'kasus',
            rows: [
              [...H],
              row({
                tanggal_diterima: d('2026-03-02'),
                tanggal_lahir: d('1990-08-05'),
                tanggal_nonaktif: d('2026-01-15'),
              }),
            ],
          },
        ],
      }),
    );
    const out = join(dir, 'hasil');
    expect(run(file, out).code).toBe(0);
    const line = JSON.parse(
      readFileSync(join(out, 'keputusan.jsonl'), 'utf8').split('\n')[0] ?? '',
    );
    expect(line.decision.asOf).toBe('2026-03-02');
    expect(documentXml(join(out, line.letterFile))).toContain('2 Maret 2026');
  });

  it('numbers rows as Excel shows them after a CSV cell with line breaks', () => {
    const dir = tempDir();
    const file = join(dir, 'kasus.csv');
    const line = (f: Fields) =>
      row(f)
        .map((c) => {
          const s = String(c ?? '');
          return /[",;\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
        })
        .join(',');
    const rows = [
      H.join(','),
      line({ alamat: 'Jl. Mawar 3\nRT 2 RW 1\nDusun Krajan' }),
      line({ nik: '3520019902900002', nama: 'NIK Salah' }),
      '',
      line({ desil: 'tiga', nama: 'Desil Salah' }),
    ];
    writeFileSync(file, `${rows.join('\r\n')}\r\n`);
    const r = run(file, join(dir, 'hasil'));
    // Row 2 holds the address with line breaks, row 3 the bad NIK, row 4 is blank.
    expect(r.errors.slice(1).map((e) => `${e[0]}:${e[1]}`)).toEqual(['3:nik', '5:desil']);
    expect(r.summary.slice(1).map((s) => s[0])).toEqual(['2', '3', '5']);
  });

  it('reads the first visible sheet with the headers, below a merged title row, or --sheet', () => {
    const dir = tempDir();
    const file = join(dir, 'maret.xlsx');
    writeFileSync(
      file,
      xlsxBytes({
        sheets: [
          {
            name: 'Lookup',
            hidden: true,
            rows: [
              ['kode', 'desa'],
              ['3520', 'Selosari'],
            ],
          },
          { name: 'Petunjuk', rows: [['Isi lembar Maret, lalu simpan.']] },
          {
            name: 'Maret',
            merges: ['A1:X1'],
            rows: [
              ['DAFTAR PEMOHON REAKTIVASI PBI-JK — MARET 2026'],
              ['Dinas Sosial Kabupaten Magetan'],
              [...H],
              row(),
              row({
                nama: 'Budi Santoso',
                nik: '3520011203850003',
                tanggal_lahir: '1985-03-12',
                jenis_kelamin: 'L',
              }),
            ],
          },
          { name: 'April', rows: [[...H], row({ nama: 'Sumirah' })] },
        ],
      }),
    );
    const r = run(file, join(dir, 'hasil'));
    expect(r.code).toBe(0);
    expect(r.summary.slice(1).map((s) => [s[0], s[2], s[4]])).toEqual([
      ['4', 'Siti Aminah', 'eligible'],
      ['5', 'Budi Santoso', 'eligible'],
    ]);
    expect(r.stderr).toContain('"Maret"');
    const april = run(file, join(dir, 'april'), ['--sheet', 'April']);
    expect(april.summary.slice(1).map((s) => [s[0], s[2]])).toEqual([['2', 'Sumirah']]);
    const none = run(file, join(dir, 'x'), ['--sheet', 'Mei']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Maret');
  });

  it('never quotes a JSONL line that is not JSON (it may hold the diagnosis)', () => {
    const dir = tempDir();
    const file = join(dir, 'kasus.jsonl');
    writeFileSync(file, `{"service":"reaktivasi","health":{"condition":catastrophic-kanker}}\n`);
    const r = run(file, join(dir, 'hasil'));
    const message = r.errors[1]?.[2] ?? '';
    expect(message).toMatch(/^baris 1 bukan JSON yang valid( \(posisi \d+\))?:/);
    expect(message).not.toMatch(/catastroph|kanker|condition/);
  });
});

describe('pbi-jk batch: templates, profiles, quiet', () => {
  it('--template kind=file replaces one kind only; a bad template stops before the first row', () => {
    const dir = tempDir();
    const file = join(dir, 'kasus.xlsx');
    writeFileSync(
      file,
      xlsxBytes({
        sheets: [
          {
            name: 'kasus',
            rows: [[...H], row(), row({ nama: 'Kurang Berkas', dokumen: 'ktp' })],
          },
        ],
      }),
    );
    const tpl = join(dir, 'pengembalian.docx');
    expect(
      cli(['template', 'export', 'pengembalian-berkas', '--profile', 'magetan', '--out', tpl]).code,
    ).toBe(0);
    const plain = join(dir, 'biasa');
    const custom = join(dir, 'templat');
    expect(run(file, plain).code).toBe(0);
    const r = run(file, custom, ['--template', `pengembalian-berkas=${tpl}`]);
    expect(r.code).toBe(0);
    expect(r.summary.slice(1).map((s) => s[4])).toEqual(['eligible', 'incomplete']);
    // The eligible row's letter is the built-in one, byte for byte.
    const eligible = r.summary[1]?.[7] as string;
    expect(readFileSync(join(custom, eligible)).equals(readFileSync(join(plain, eligible)))).toBe(
      true,
    );

    const bad = join(dir, 'rusak.docx');
    writeFileSync(bad, 'bukan docx');
    const out = join(dir, 'rusak');
    const refused = run(file, out, ['--template', `pengembalian-berkas=${bad}`]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('rusak.docx');
    expect(existsSync(join(out, 'summary.csv'))).toBe(false);
    expect(run(file, join(dir, 'y'), ['--template', bad]).code).toBe(2);
    // Workers start before the templates are checked; a refused run still stops them and ends
    // (a run left hanging would be killed by cli()'s timeout and give no exit code).
    const withWorkers = run(file, join(dir, 'rusak2'), [
      '--template',
      `pengembalian-berkas=${bad}`,
      '--workers',
      '2',
    ]);
    expect(withWorkers.code).toBe(1);
    expect(run(file, plain, ['--workers', '2']).code).toBe(2); // --out holds a run
  });

  it('--profile-file works on batch, evaluate, letter and template export; --quiet prints nothing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'logo.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
    const kantor = join(dir, 'kantor.json');
    writeFileSync(
      kantor,
      JSON.stringify({
        base: 'magetan',
        overrides: {
          id: 'sragen',
          name: 'Dinas Sosial Kabupaten Sragen',
          city: 'Sragen',
          letterhead: { government: 'PEMERINTAH KABUPATEN SRAGEN' },
        },
      }),
    );
    const caseFile = join(dir, 'kasus.json');
    writeFileSync(caseFile, sample('magetan', '01-reaktivasi-memenuhi-syarat'));
    const ev = cli(['evaluate', caseFile, '--profile-file', kantor, '--json']);
    expect(ev.code).toBe(0);
    expect(JSON.parse(ev.stdout).profile).toBe('sragen');
    const letter = join(dir, 'surat.docx');
    const l = cli([
      'letter',
      caseFile,
      '--profile-file',
      kantor,
      '--number',
      '7',
      '--out',
      letter,
      '--quiet',
    ]);
    expect(l.code).toBe(0);
    expect(l.stdout).toBe('');
    expect(documentXml(letter)).toContain('SRAGEN');
    expect(
      cli([
        'template',
        'export',
        'rekomendasi-reaktivasi',
        '--profile-file',
        kantor,
        '--out',
        join(dir, 't.docx'),
      ]).code,
    ).toBe(0);
    const jsonl = join(dir, 'kasus.jsonl');
    writeFileSync(
      jsonl,
      `${JSON.stringify(JSON.parse(sample('magetan', '01-reaktivasi-memenuhi-syarat')))}\n`,
    );
    const b = cli([
      'batch',
      jsonl,
      '--profile-file',
      kantor,
      '--out',
      join(dir, 'hasil'),
      '--quiet',
    ]);
    expect(b.code).toBe(0);
    expect(b.stdout).toBe('');

    writeFileSync(kantor, JSON.stringify({ base: 'magetan', overrides: { city: 7 } }));
    const bad = cli(['evaluate', caseFile, '--profile-file', kantor]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('city');
    expect(cli(['evaluate', caseFile]).code).toBe(2);
  });
});

describe('pbi-jk batch: interrupted runs', () => {
  function cases(n: number): string {
    const names = readdirSync(join(ROOT, 'examples/cases/magetan')).map((f) =>
      f.replace(/\.json$/, ''),
    );
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      const c = JSON.parse(sample('magetan', names[i % names.length] as string));
      c.applicant.name = `${c.applicant.name} ${i + 1}`;
      lines.push(JSON.stringify(c));
    }
    return `${lines.join('\n')}\n`;
  }

  it('a worker that dies turns its rows into error rows and exit 3, never silence', () => {
    const dir = tempDir();
    const file = join(dir, 'kasus.jsonl');
    writeFileSync(file, cases(40));
    const out = join(dir, 'hasil');
    const r = run(file, out, ['--workers', '1'], { PBI_JK_TEST_WORKER_DIES_AT_SEQ: '10' });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/GAGAL: \d+ baris \([\d, –…]+\) tidak diputuskan/);
    // Every input row is in summary.csv exactly once.
    expect(r.summary.slice(1).map((s) => s[0])).toEqual(
      Array.from({ length: 40 }, (_, i) => String(i + 1)),
    );
    const failed = r.summary.slice(1).filter((s) => s[4] === 'failed');
    expect(failed.map((s) => s[0])).toContain('11');
    for (const f of failed) {
      const e = r.errors.find((x) => x[0] === f[0]);
      expect(e?.[2]).toMatch(/kesalahan internal/);
    }
    // The rows after the death were decided by a replacement worker.
    expect(r.summary.slice(1).filter((s) => s[4] === 'eligible').length).toBeGreaterThan(5);
  });

  it('SIGKILL at a random row, then --resume: the folder equals an uninterrupted run, no 0-byte file', async () => {
    const dir = tempDir();
    const file = join(dir, 'kasus.jsonl');
    writeFileSync(file, cases(400));
    const whole = join(dir, 'utuh');
    expect(run(file, whole, ['--workers', '2']).code).toBe(0);

    const out = join(dir, 'hasil');
    const stopAt = 20 + Math.floor(Math.random() * 300);
    const child = spawn(
      process.execPath,
      [CLI, 'batch', file, '--profile', 'magetan', '--out', out, '--workers', '2'],
      {
        stdio: 'ignore',
      },
    );
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const journal = join(out, '.pbi-jk-batch.log');
        const done = existsSync(journal) ? readFileSync(journal, 'utf8').split('\n').length : 0;
        if (done >= stopAt || child.exitCode !== null) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
    });
    await new Promise((resolve) => child.on('close', resolve));
    // A second plain run into the same folder is refused: it would mix two runs.
    expect(run(file, out).code).toBe(2);
    const resumed = run(file, out, ['--resume', '--workers', '2']);
    expect(resumed.code).toBe(0);
    const a = tree(whole);
    const b = tree(out);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) expect(b.get(name)?.equals(bytes), name).toBe(true);
    for (const [name, bytes] of b) expect(bytes.length, name).toBeGreaterThan(0);
    // --overwrite replaces the run.
    expect(run(file, out, ['--overwrite']).code).toBe(0);
  }, 180_000);

  it('leaves nothing in the temporary folder after SIGINT in the middle of an XLSX', async () => {
    const dir = tempDir();
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    const file = join(dir, 'besar.xlsx');
    const rows: XCell[][] = [[...H]];
    for (let i = 0; i < 3000; i++) rows.push(row({ nama: `Pemohon ${i + 1}` }));
    writeFileSync(file, xlsxBytes({ sheets: [{ name: 'kasus', rows }] }));
    const out = join(dir, 'hasil');
    const child = spawn(
      process.execPath,
      [CLI, 'batch', file, '--profile', 'magetan', '--out', out, '--workers', '2'],
      {
        stdio: 'ignore',
        env: { ...process.env, TMPDIR: tmp, TEMP: tmp, TMP: tmp },
      },
    );
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const journal = join(out, '.pbi-jk-batch.log');
        if ((existsSync(journal) && statSync(journal).size > 2000) || child.exitCode !== null) {
          clearInterval(poll);
          child.kill('SIGINT');
          resolve();
        }
      }, 5);
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(readdirSync(tmp)).toEqual([]);
    expect(readdirSync(join(out, 'surat')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Ctrl-C is not a failure: the rows in flight are left for --resume, never written as failed.
    const interrupted = readCsv(join(out, 'summary.csv')).slice(1);
    expect(interrupted.length).toBeGreaterThan(0);
    expect(interrupted.filter((r) => r[4] === 'failed')).toEqual([]);
    const resumed = run(file, out, ['--resume', '--workers', '2']);
    expect(resumed.code).toBe(0);
    expect(resumed.summary.length - 1).toBe(3000);
    expect(resumed.summary.filter((r) => r[4] === 'failed')).toEqual([]);
  }, 180_000);
});
