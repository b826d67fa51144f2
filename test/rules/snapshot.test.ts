import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/validation-error';
import { canonicalJson } from '../../src/hash/canonical-json';
import { sha256HexOfText } from '../../src/hash/sha256';
import { exportRuleset as fromRoot } from '../../src/index';
import { PROFILE_IDS } from '../../src/profiles/index';
import { defineProfile } from '../../src/profiles/resolve';
import {
  exportRuleset,
  type RulesetSnapshot,
  SNAPSHOT_KIND,
  snapshotFingerprint,
} from '../../src/rules/snapshot';
import { RULESET_VERSION } from '../../src/rules/version';

const withoutFingerprint = ({ fingerprint: _f, ...rest }: RulesetSnapshot) => rest;

describe('exportRuleset', () => {
  it('is exported from the package root', () => {
    expect(fromRoot).toBe(exportRuleset);
  });

  for (const id of PROFILE_IDS) {
    it(`${id}: JSON-safe, with version, profile and fingerprint = SHA-256 of the canonical JSON without it`, () => {
      const s = exportRuleset(id);
      expect(JSON.parse(JSON.stringify(s))).toEqual(s);
      expect(s.kind).toBe(SNAPSHOT_KIND);
      expect(s.rulesetVersion).toBe(RULESET_VERSION);
      expect(s.profile).toBe(id);
      expect(s.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(s.fingerprint).toBe(sha256HexOfText(canonicalJson(withoutFingerprint(s))));
      expect(exportRuleset(id)).toEqual(s);
    });
  }

  it('holds the rules that apply to the profile, with their conditions and citation ids', () => {
    const magetan = exportRuleset('magetan');
    const nasional = exportRuleset('nasional');
    expect(magetan.rules['membership.bpjs-roster']?.when).toEqual({
      fact: 'inBpjsRoster',
      operator: 'equal',
      value: false,
    });
    expect(nasional.rules['membership.bpjs-roster']).toBeUndefined();
    // DTKS-era rules still apply on some date, so a signed snapshot covers them too.
    expect(nasional.rules['welfare.dtks']).toBeDefined();
    expect(magetan.parameters.reactivationWindowMonths?.values.length).toBeGreaterThan(0);
    expect(magetan.policy.reaktivasi).toMatchObject({ checkBpjsRoster: true });
    expect(new Set(PROFILE_IDS.map((id) => exportRuleset(id).fingerprint)).size).toBe(
      PROFILE_IDS.length,
    );
  });

  it('any change to a rule, parameter, citation, requirement or policy changes the fingerprint', () => {
    const base = exportRuleset('magetan');
    // biome-ignore lint/suspicious/noExplicitAny: the test edits the snapshot's JSON freely
    const edits: ((s: any) => void)[] = [
      (s) => {
        s.rules['health.needs-care'].when.value = null;
      },
      (s) => {
        s.rules['health.needs-care'].citations = [];
      },
      (s) => {
        s.parameters.desilLimit.values[0].value = 4;
      },
      (s) => {
        s.parameters.desilLimit.values[0].validFrom = '2025-05-02';
      },
      (s) => {
        const first = Object.keys(s.citations)[0] as string;
        s.citations[first].verified = !s.citations[first].verified;
      },
      (s) => {
        s.requirements.kk.anyOf = ['kk', 'ktp'];
      },
      (s) => {
        s.policy.reaktivasi.checkBpjsRoster = false;
      },
    ];
    for (const edit of edits) {
      const copy = JSON.parse(JSON.stringify(base));
      edit(copy);
      expect(snapshotFingerprint(copy)).not.toBe(base.fingerprint);
    }
    const office = defineProfile('magetan', {
      policy: { reaktivasi: { windowBound: 'kurang-dari' } },
    });
    expect(exportRuleset(office).fingerprint).not.toBe(base.fingerprint);
  });

  it('an unknown profile is a ValidationError', () => {
    expect(() => exportRuleset('atlantis' as 'magetan')).toThrow(ValidationError);
  });
});
