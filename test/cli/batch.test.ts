import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli, fullIds, readCsv, sample, tempDir } from './helpers';

const HEADERS = [
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
  'telepon',
  'no_kartu',
  'segmen',
  'status',
  'tanggal_nonaktif',
  'sk_nonaktif',
  'terdaftar_bpjs',
  'dtks',
  'dtsen_terdaftar',
  'desil',
  'miskin_terverifikasi',
  'butuh_layanan',
  'kondisi',
  'padan_dukcapil',
  'kepesertaan_ganda',
  'dokumen',
] as const;
type Row = Partial<Record<(typeof HEADERS)[number], string | number | boolean | Date | undefined>>;

/** A Magetan reactivation that is eligible, as one flat row. */
function magetanRow(changes: Row = {}): Row {
  return {
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
    desil: '3',
    butuh_layanan: 'ya',
    kondisi: 'kronis',
    dokumen: 'ktp;kk;kartu-jkn;surat-keterangan-faskes',
    ...changes,
  };
}

const BAD_NIK = '3520019902900002'; // day 99: no calendar has it

/** Rows 2–8 of the test sheet: good, bad, good, bad, bad, bad, good. */
const ROWS: Row[] = [
  magetanRow({ nama: 'Siti "Ani" Aminah, S.Pd' }),
  magetanRow({ nik: BAD_NIK, nama: 'Baris NIK Salah' }),
  magetanRow({
    nik: '3520011203850003',
    tanggal_lahir: '1985-03-12',
    jenis_kelamin: 'L',
    nama: 'Budi Santoso',
    dokumen: 'ktp;kk',
  }),
  magetanRow({ nama: 'Tanggal Salah', tanggal_lahir: '31/02/1990', dokumen: 'ktp;paspor' }),
  magetanRow({
    nama: 'Tanpa Kepesertaan',
    no_kartu: '',
    segmen: '',
    status: '',
    tanggal_nonaktif: '',
    terdaftar_bpjs: '',
  }),
  magetanRow({ nama: 'Isian Salah', desil: 'tiga', butuh_layanan: 'mungkin' }),
  magetanRow({
    nik: '3520016007700004',
    tanggal_lahir: '1970-07-20',
    nama: 'Sumirah',
    terdaftar_bpjs: 'tidak',
  }),
];

function csvCell(v: Row[keyof Row]): string {
  const s = v === undefined ? '' : String(v);
  return /[",;\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function writeCsv(file: string, rows: Row[], delimiter = ','): void {
  const lines = [
    HEADERS.join(delimiter),
    ...rows.map((r) => HEADERS.map((h) => csvCell(r[h])).join(delimiter)),
  ];
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
}

type Result = {
  summary: string[][];
  errors: string[][];
  stdout: string;
  stderr: string;
  code: number | null;
};

function runBatch(file: string, out: string, extra: string[] = []): Result {
  const r = cli(['batch', file, '--profile', 'magetan', '--out', out, ...extra]);
  return {
    ...r,
    summary: existsSync(join(out, 'summary.csv')) ? readCsv(join(out, 'summary.csv')) : [],
    errors: existsSync(join(out, 'errors.csv')) ? readCsv(join(out, 'errors.csv')) : [],
  };
}

function expectMixedResult(r: Result, out: string): void {
  expect(r.code).toBe(0);
  expect(r.summary[0]).toEqual([
    'baris',
    'nik',
    'nama',
    'layanan',
    'hasil',
    'kode_alasan',
    'nomor_surat',
    'berkas_surat',
    'berkas_keputusan',
  ]);
  const byRow = new Map(r.summary.slice(1).map((row) => [row[0], row]));
  expect([...byRow.keys()]).toEqual(['2', '3', '4', '5', '6', '7', '8']);
  expect(byRow.get('2')?.slice(1, 5)).toEqual([
    '************0001',
    'Siti "Ani" Aminah, S.Pd',
    'reaktivasi',
    'eligible',
  ]);
  expect(byRow.get('4')?.[4]).toBe('incomplete');
  expect(byRow.get('4')?.[5]).toContain('document-missing');
  expect(byRow.get('8')?.[4]).toBe('ineligible');
  expect(byRow.get('8')?.[5]).toContain('not-in-bpjs-roster');
  for (const bad of ['3', '5', '6', '7']) expect(byRow.get(bad)?.[4]).toBe('invalid');
  expect(byRow.get('3')?.[1]).toBe('************0002');
  // Letter numbers run over the valid rows only, in row order.
  expect(['2', '4', '8'].map((n) => byRow.get(n)?.[6])).toEqual([
    '400.9/1/403.107/2026',
    '400.9/2/403.107/2026',
    '400.9/3/403.107/2026',
  ]);
  for (const n of ['2', '4', '8']) {
    const row = byRow.get(n) ?? [];
    expect(
      readFileSync(join(out, row[7] ?? ''))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect(row[8]).toBe('keputusan.jsonl');
  }
  expect(readdirSync(join(out, 'surat'))).toHaveLength(3);
  // One decision per valid row, in row order, each naming its row and its letter.
  const decisions = readFileSync(join(out, 'keputusan.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(decisions.map((d) => String(d.row))).toEqual(['2', '4', '8']);
  for (const d of decisions) {
    const row = byRow.get(String(d.row)) ?? [];
    expect(d.decision.outcome).toBe(row[4]);
    expect(d.letterFile).toBe(row[7]);
  }

  expect(r.errors[0]).toEqual(['baris', 'kolom', 'pesan']);
  const errors = r.errors.slice(1).map(([row, col]) => `${row}:${col}`);
  expect(errors).toEqual(
    expect.arrayContaining([
      '3:nik',
      '5:tanggal_lahir',
      '5:dokumen',
      '6:segmen',
      '7:desil',
      '7:butuh_layanan',
    ]),
  );
  expect(r.errors.slice(1).every(([row]) => ['3', '5', '6', '7'].includes(row ?? ''))).toBe(true);
  const nikError = r.errors.find(([row, col]) => row === '3' && col === 'nik');
  expect(nikError?.[2]).toContain('************0002');

  // A full NIK or KK appears in no report and no message.
  const everything = [
    r.stdout,
    r.stderr,
    readFileSync(join(out, 'summary.csv'), 'utf8'),
    readFileSync(join(out, 'errors.csv'), 'utf8'),
  ].join('\n');
  expect(fullIds(everything)).toEqual([]);
}

describe('pbi-jk batch', () => {
  it('CSV with bad rows mixed in: errors.csv lists them, summary and letters cover the good ones', () => {
    const dir = tempDir();
    writeCsv(join(dir, 'kasus.csv'), ROWS);
    const out = join(dir, 'hasil');
    const r = runBatch(join(dir, 'kasus.csv'), out);
    expectMixedResult(r, out);
    expect(r.stdout).toContain('7 baris diproses: 3 valid, 4 tidak valid');
  });

  it('reads a CSV saved with ; by a spreadsheet set to Indonesian', () => {
    const dir = tempDir();
    writeCsv(join(dir, 'kasus.csv'), ROWS, ';');
    const out = join(dir, 'hasil');
    expectMixedResult(runBatch(join(dir, 'kasus.csv'), out), out);
  });

  it('XLSX with bad rows, numbers and dates typed by Excel', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('kasus');
    ws.addRow([...HEADERS]);
    const typed = (r: Row): Row => ({
      ...r,
      // Excel turns identifiers into numbers and dates into dates; the reader undoes both.
      nik: /^\d{16}$/.test(String(r.nik)) ? Number(r.nik) : r.nik,
      no_kartu: r.no_kartu ? Number(r.no_kartu) : '',
      rt: Number(r.rt),
      tanggal_diterima: new Date(`${r.tanggal_diterima}T00:00:00Z`),
      terdaftar_bpjs: r.terdaftar_bpjs === 'ya' ? true : r.terdaftar_bpjs,
    });
    for (const row of ROWS) ws.addRow(HEADERS.map((h) => typed(row)[h] ?? null));
    await wb.xlsx.writeFile(join(dir, 'kasus.xlsx'));
    const out = join(dir, 'hasil');
    const r = runBatch(join(dir, 'kasus.xlsx'), out, ['--locale', 'en']);
    expectMixedResult(r, out);
    expect(r.stdout).toContain('7 rows processed: 3 valid, 4 invalid');
    const first = readFileSync(join(out, 'keputusan.jsonl'), 'utf8').split('\n')[0] ?? '';
    const { row, decision } = JSON.parse(first);
    expect(row).toBe(2);
    expect(decision.outcome).toBe('eligible');
    // Only warnings (the January 2026 wave's conditions) on an eligible row.
    expect(decision.reasons.filter((x: { kind: string }) => x.kind !== 'warning')).toEqual([]);
  });

  it('JSONL: bad JSON and a case evaluate refuses go to errors.csv; blank lines are skipped', () => {
    const dir = tempDir();
    const good = JSON.parse(sample('magetan', '01-reaktivasi-memenuhi-syarat'));
    const old = {
      ...good,
      receivedOn: '2019-06-03',
      membership: { ...good.membership, deactivatedOn: '2019-05-01' },
    };
    const badNik = { ...good, applicant: { ...good.applicant, nik: '352001' } };
    const lines = [
      JSON.stringify(good),
      '{"service": "reaktivasi", 3520014508900001',
      '',
      JSON.stringify(old),
      JSON.stringify(badNik),
    ];
    writeFileSync(join(dir, 'kasus.jsonl'), `${lines.join('\n')}\n`);
    const out = join(dir, 'hasil');
    const r = runBatch(join(dir, 'kasus.jsonl'), out);
    expect(r.code).toBe(0);
    expect(r.summary.slice(1).map((row) => [row[0], row[4]])).toEqual([
      ['1', 'eligible'],
      ['2', 'invalid'],
      ['4', 'invalid'],
      ['5', 'invalid'],
    ]);
    const cols = r.errors.slice(1).map(([row, col]) => `${row}:${col}`);
    expect(cols).toEqual(expect.arrayContaining(['2:(json)', '4:receivedOn', '5:applicant.nik']));
    expect(fullIds(readFileSync(join(out, 'errors.csv'), 'utf8'))).toEqual([]);
  });

  it('numbers letters from --start-number and dates them with --date', () => {
    const dir = tempDir();
    writeCsv(join(dir, 'kasus.csv'), [ROWS[0] as Row, ROWS[2] as Row]);
    const out = join(dir, 'hasil');
    const r = runBatch(join(dir, 'kasus.csv'), out, [
      '--start-number',
      '120',
      '--date',
      '2026-04-01',
    ]);
    expect(r.summary.slice(1).map((row) => row[6])).toEqual([
      '400.9/120/403.107/2026',
      '400.9/121/403.107/2026',
    ]);
  });

  it('worker threads give the same files, in the same order, as one thread', () => {
    const dir = tempDir();
    const profile = 'magetan';
    const names = readdirSync(join('examples/cases', profile)).map((f) => f.replace(/\.json$/, ''));
    const lines: string[] = [];
    for (let i = 0; i < 240; i++) {
      lines.push(JSON.stringify(JSON.parse(sample(profile, names[i % names.length] as string))));
    }
    writeFileSync(join(dir, 'kasus.jsonl'), `${lines.join('\n')}\n`);
    const one = join(dir, 'satu');
    const two = join(dir, 'dua');
    expect(runBatch(join(dir, 'kasus.jsonl'), one, ['--workers', '0']).code).toBe(0);
    expect(runBatch(join(dir, 'kasus.jsonl'), two, ['--workers', '2']).code).toBe(0);
    expect(readFileSync(join(two, 'summary.csv'), 'utf8')).toBe(
      readFileSync(join(one, 'summary.csv'), 'utf8'),
    );
    const letters = readdirSync(join(one, 'surat'));
    expect(letters).toHaveLength(240);
    for (const f of [letters[0], letters[117], letters[239]] as string[]) {
      expect(readFileSync(join(two, 'surat', f)).equals(readFileSync(join(one, 'surat', f)))).toBe(
        true,
      );
    }
  });

  it('exits 1 for a missing file or an unknown format, 2 without --out', () => {
    const dir = tempDir();
    expect(
      cli(['batch', join(dir, 'tidak-ada.csv'), '--profile', 'magetan', '--out', dir]).code,
    ).toBe(1);
    writeFileSync(join(dir, 'kasus.pdf'), 'x');
    const r = cli(['batch', join(dir, 'kasus.pdf'), '--profile', 'magetan', '--out', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('.jsonl, .csv atau .xlsx');
    expect(cli(['batch', join(dir, 'kasus.csv'), '--profile', 'magetan']).code).toBe(2);
  });

  it('the shipped templates are valid input', () => {
    for (const f of ['examples/batch-template.csv', 'examples/batch-template.xlsx']) {
      const out = join(tempDir(), 'hasil');
      const r = runBatch(f, out);
      expect(r.code).toBe(0);
      expect(r.errors).toHaveLength(1);
      expect(r.summary[1]?.[4]).toBe('eligible');
    }
  });
});
