import { readFileSync, writeFileSync } from 'node:fs';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate';
import { canonicalJson } from '../../src/hash/canonical-json';
import { sha256HexOfText } from '../../src/hash/sha256';
import { PROFILE_IDS } from '../../src/profiles/index';
import { caseFacts, compileRules, rules } from '../../src/rules/export';
import { exportRuleset } from '../../src/rules/snapshot';
import { RULESET_VERSION } from '../../src/rules/version';
import { CASES } from './cases/index';

describe('the ruleset exported as JSON', () => {
  it('survives a JSON round trip unchanged (it is plain data)', () => {
    expect(JSON.parse(JSON.stringify(rules))).toEqual(rules);
  });

  for (const profile of PROFILE_IDS) {
    it(`${profile}: a bare json-rules-engine loaded from compileRules() JSON fires exactly the reasons evaluate() gives`, async () => {
      for (const c of CASES[profile]) {
        const d = await evaluate(c.input, { profile, ...(c.asOf ? { asOf: c.asOf } : {}) });
        const json = JSON.parse(JSON.stringify(compileRules(profile, d.service, d.asOf)));
        const engine = new Engine(
          json.map((r: { engineRule: unknown }) => r.engineRule),
          { allowUndefinedFacts: true },
        );
        const facts = JSON.parse(JSON.stringify(caseFacts(c.input, { profile, asOf: d.asOf })));
        const { events } = await engine.run(facts);
        expect(events.map((e) => e.type).sort(), c.name).toEqual(
          d.reasons.map((r) => r.ruleId).sort(),
        );
      }
    });
  }
});

describe('ruleset version', () => {
  it('each change to the rule data comes with a new RULESET_VERSION', () => {
    // The fingerprints of every built-in profile's snapshot: what a reviewer signs (exportRuleset).
    const fingerprint = sha256HexOfText(
      canonicalJson(PROFILE_IDS.map((id) => exportRuleset(id).fingerprint)),
    );
    const file = new URL('./ruleset-fingerprints.json', import.meta.url);
    const known = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    if (process.env.RECORD_RULESET === '1' && !(RULESET_VERSION in known)) {
      writeFileSync(
        file,
        `${JSON.stringify({ ...known, [RULESET_VERSION]: fingerprint }, null, 2)}\n`,
      );
      return;
    }
    expect(
      known[RULESET_VERSION],
      `rule data changed: bump RULESET_VERSION in src/rules/version.ts, then run RECORD_RULESET=1 npx vitest run test/rules/export.test.ts`,
    ).toBe(fingerprint);
  });

  it('every snapshot names the current RULESET_VERSION', () => {
    for (const id of PROFILE_IDS) expect(exportRuleset(id).rulesetVersion).toBe(RULESET_VERSION);
  });
});
