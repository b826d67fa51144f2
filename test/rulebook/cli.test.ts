import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRuleset } from '../../src/rules/snapshot';
import { cli, tempDir } from '../cli/helpers';

describe('pbi-jk rules --snapshot / --since', () => {
  it('--snapshot writes the snapshot exportRuleset gives', () => {
    const out = join(tempDir(), 'disahkan.json');
    const r = cli(['rules', '--snapshot', '--profile', 'magetan', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(exportRuleset('magetan'));
  });

  it('--since the same snapshot: the book opens with "tidak ada perubahan"', () => {
    const file = join(tempDir(), 'disahkan.json');
    writeFileSync(file, JSON.stringify(exportRuleset('magetan')));
    const r = cli(['rules', '--profile', 'magetan', '--as-of', '2026-03-01', '--since', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('## 1. Perubahan sejak versi yang disahkan');
    expect(r.stdout).toContain('Tidak ada perubahan');
  });

  it('--since another profile’s snapshot exits 1 with a clear message', () => {
    const file = join(tempDir(), 'garut.json');
    writeFileSync(file, JSON.stringify(exportRuleset('garut')));
    const r = cli(['rules', '--profile', 'magetan', '--since', file, '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('is for profile "garut"');
  });
});
