/**
 * Row numbers as staff read them in a message: runs joined ("1–40, 52, 60–61"), at most `max`
 * runs, then "…" (the full list is in errors.csv). Rows need not be sorted or unique.
 */
export function rowRanges(rows: readonly number[], max = 12): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return runs.length > max ? `${runs.slice(0, max).join(', ')}, …` : runs.join(', ');
}
