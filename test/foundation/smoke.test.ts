import { describe, expect, it } from 'vitest';
import { profiles } from '../../src/profiles/index';

describe('built-in profiles', () => {
  it('every profile parses and names its city', () => {
    for (const p of Object.values(profiles)) expect(p.city.length).toBeGreaterThan(0);
  });
});
