import { describe, expect, it } from 'vitest';
import { rowRanges } from '../../src/cli/row-ranges';

describe('rowRanges: failed rows as staff read them / baris gagal seperti dibaca petugas', () => {
  it.each([
    ['one row / satu baris', [11], '11'],
    ['a run becomes a range / baris berurutan jadi rentang', [11, 12, 13, 14], '11–14'],
    [
      'runs and single rows, unsorted and repeated / rentang dan baris tunggal',
      [60, 1, 2, 3, 52, 61, 2],
      '1–3, 52, 60–61',
    ],
    [
      '2,000 rows in a row are one range / 2.000 baris berurutan satu rentang',
      Array.from({ length: 2000 }, (_, i) => i + 1),
      '1–2000',
    ],
  ])('%s', (_name, rows, expected) => {
    expect(rowRanges(rows)).toBe(expected);
  });

  it('stops after the given number of runs with … (the full list is in errors.csv) / berhenti dengan …', () => {
    const everyOther = Array.from({ length: 30 }, (_, i) => 2 * i + 1);
    expect(rowRanges(everyOther, 3)).toBe('1, 3, 5, …');
    expect(rowRanges(everyOther).split(', ')).toHaveLength(13);
  });
});
