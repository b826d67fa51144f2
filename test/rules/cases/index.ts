import type { ProfileId } from '../../../src/profiles/index';
import { bulukumbaCases } from './bulukumba';
import { garutCases } from './garut';
import { magetanCases } from './magetan';
import { nasionalCases } from './nasional';
import { pematangsiantarCases } from './pematangsiantar';
import { purbalinggaCases } from './purbalingga';
import type { RuleCase } from './types';

export type { RuleCase } from './types';

/** Every rule table, one per built-in profile. The letters and the rule book reuse them. */
export const CASES: Record<ProfileId, RuleCase[]> = {
  nasional: nasionalCases,
  purbalingga: purbalinggaCases,
  magetan: magetanCases,
  pematangsiantar: pematangsiantarCases,
  bulukumba: bulukumbaCases,
  garut: garutCases,
};
