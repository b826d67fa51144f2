// Decisions per second for a realistic mix, and evaluate() against a bare json-rules-engine run
// of the same rules on the same facts (targets: ≥ 5,000 decisions/s; ratio ≤ 1.5x).
import { performance } from 'node:perf_hooks';
import { Engine } from 'json-rules-engine';
import { caseFacts, compileRules, evaluate } from '../dist/index.js';

const place = {
  33.03: ['330301', 'Kalimanah Wetan', 'Kalimanah'],
  '35.20': ['352001', 'Selosari', 'Magetan'],
  12.72: ['127201', 'Bantan', 'Siantar Timur'],
  73.02: ['730201', 'Caile', 'Ujung Bulu'],
  32.05: ['320501', 'Sukamentri', 'Garut Kota'],
};
const applicant = (code) => ({
  nik: `${place[code][0]}4508900001`,
  kk: `${place[code][0]}0101090001`,
  name: 'Siti Aminah',
  birthPlace: 'Purbalingga',
  birthDate: '1990-08-05',
  sex: 'P',
  address: {
    street: 'Jl. Mawar 3',
    rt: '002',
    rw: '001',
    village: place[code][1],
    district: place[code][2],
    regencyCode: code,
  },
});
const reaktivasi = (code, m = {}, extra = {}) => ({
  service: 'reaktivasi',
  receivedOn: '2026-03-02',
  applicant: applicant(code),
  membership: {
    cardNumber: '0001234567890',
    segment: 'PBI-APBN',
    status: 'nonaktif',
    deactivatedOn: '2026-01-15',
    inBpjsRoster: true,
    ...m,
  },
  welfare: { dtsen: { registered: true, desil: 3 } },
  health: { needsCare: true },
  documents: ['ktp', 'kk', 'kartu-jkn', 'surat-keterangan-faskes', 'surat-status-kepesertaan'],
  ...extra,
});
const pendaftaran = (extra = {}) => ({
  service: 'pendaftaran',
  receivedOn: '2026-03-02',
  applicant: applicant('12.72'),
  welfare: { dtsen: { registered: true, desil: 2 } },
  verification: { dukcapilMatch: true, duplicateMembership: false },
  documents: ['ktp', 'kk', 'sktm'],
  ...extra,
});

/** The mix: a week at five desks — mostly complete files, some late, some incomplete. */
export const MIX = [
  ['purbalingga', reaktivasi('33.03')],
  ['purbalingga', reaktivasi('33.03', { deactivatedOn: '2025-09-02' })],
  ['magetan', reaktivasi('35.20')],
  ['magetan', reaktivasi('35.20', { inBpjsRoster: false })],
  ['magetan', reaktivasi('35.20', {}, { documents: ['ktp', 'kk'] })],
  ['bulukumba', reaktivasi('73.02', { segment: 'PBI-APBD' })],
  ['bulukumba', reaktivasi('73.02')],
  ['garut', reaktivasi('32.05')],
  ['garut', reaktivasi('33.03')],
  ['pematangsiantar', pendaftaran()],
  ['pematangsiantar', pendaftaran({ documents: ['ktp', 'kk'], verification: undefined })],
  [
    'nasional',
    reaktivasi(
      '33.03',
      {},
      {
        health: undefined,
        receivedOn: '2025-03-03',
        membership: { segment: 'PBI-APBN', status: 'nonaktif', deactivatedOn: '2025-01-15' },
        welfare: { dtks: true },
      },
    ),
  ],
];

async function time(label, n, fn) {
  for (let i = 0; i < Math.min(2000, n); i++) await fn(i); // warm up
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  const ms = performance.now() - t0;
  return { label, ms, perSecond: (n / ms) * 1000 };
}

export async function run() {
  const n = 30_000;
  const bare = await Promise.all(
    MIX.map(async ([profile, input]) => {
      const asOf = input.receivedOn;
      const engine = new Engine(
        compileRules(profile, input.service, asOf).map((r) => r.engineRule),
        { allowUndefinedFacts: true },
      );
      return { engine, facts: caseFacts(input, { profile, asOf }) };
    }),
  );
  const e = await time('evaluate()', n, (i) => {
    const [profile, input] = MIX[i % MIX.length];
    return evaluate(input, { profile });
  });
  const b = await time('bare engine.run()', n, (i) => {
    const { engine, facts } = bare[i % bare.length];
    return engine.run(facts);
  });
  console.log('\n## evaluate (one core, sequential)');
  console.log(`cases in the mix: ${MIX.length}, runs: ${n}`);
  console.log(
    `evaluate():        ${e.perSecond.toFixed(0)} decisions/s (${((e.ms / n) * 1000).toFixed(1)} µs each)   target ≥ 5000/s`,
  );
  console.log(
    `bare engine.run(): ${b.perSecond.toFixed(0)} runs/s (${((b.ms / n) * 1000).toFixed(1)} µs each)`,
  );
  console.log(`ratio evaluate / bare engine: ${(e.ms / b.ms).toFixed(2)}x   target ≤ 1.5x`);
  return { decisionsPerSecond: e.perSecond, ratio: e.ms / b.ms };
}
