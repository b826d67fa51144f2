// One letter's median time with renderLetter against the zip floor on the same template, measured
// side by side in one process (target: ratio ≤ 1x with the fast-path guard in place; a plain
// docxtemplater fill is about 5x). The floor: open the template with PizZip, rewrite
// word/document.xml, DEFLATE again. Also measured: a letter from the office's own template passed
// as `letter.template` (checked, secured and guarded once, then cached), and the first letter of
// a template not seen before (template check + safety scan + the guard's comparison).
import { performance } from 'node:perf_hooks';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { evaluate, exportTemplate, renderLetter } from '../dist/index.js';

const input = {
  service: 'reaktivasi',
  receivedOn: '2026-03-02',
  applicant: {
    nik: '3520014508900001',
    kk: '3520010101090001',
    name: 'Siti Aminah',
    birthPlace: 'Magetan',
    birthDate: '1990-08-05',
    sex: 'P',
    address: {
      street: 'Jl. Mawar 3',
      rt: '002',
      rw: '001',
      village: 'Selosari',
      district: 'Magetan',
      regencyCode: '35.20',
    },
  },
  membership: {
    cardNumber: '0001234567890',
    segment: 'PBI-APBN',
    status: 'nonaktif',
    deactivatedOn: '2026-01-15',
    inBpjsRoster: true,
  },
  welfare: { dtsen: { registered: true, desil: 3 } },
  health: { needsCare: true },
  documents: ['ktp', 'kk', 'kartu-jkn', 'surat-keterangan-faskes'],
};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Runs the letter benchmark and prints one line with both medians and their ratio. */
export async function run({ rounds = 15, perRound = 40 } = {}) {
  const decision = await evaluate(input, { profile: 'magetan' });
  const template = await exportTemplate('rekomendasi-reaktivasi', { profile: 'magetan' });
  let serial = 0;
  const letter = () =>
    renderLetter({
      case: input,
      decision,
      profile: 'magetan',
      letter: { number: String(++serial), date: '2026-03-02' },
    });
  const customLetter = () =>
    renderLetter({
      case: input,
      decision,
      profile: 'magetan',
      letter: { number: String(++serial), date: '2026-03-02', template },
    });
  // First letter of a template this process has not seen (a zip comment makes it new bytes).
  const unseen = new PizZip(template).generate({
    type: 'uint8array',
    compression: 'DEFLATE',
    comment: 'bench',
  });
  let t0 = performance.now();
  await renderLetter({
    case: input,
    decision,
    profile: 'magetan',
    letter: { number: '1', date: '2026-03-02', template: unseen },
  });
  const firstMs = performance.now() - t0;
  t0 = performance.now();
  await renderLetter({
    case: input,
    decision,
    profile: 'magetan',
    letter: { number: '2', date: '2026-03-02', template: unseen },
  });
  const secondMs = performance.now() - t0;
  // The floor writes the letter's own document.xml, so both sides deflate the same text.
  const documentXml = new PizZip(await letter()).files['word/document.xml'].asText();
  // `level` undefined: PizZip's default (zlib's 6), the floor the target is about. Level 1, for
  // reference: the level letters use for their body (src/letters/zip.ts), so the saving from the
  // level is visible apart from the rest.
  const floorAt = (level) => () => {
    const zip = new PizZip(template);
    zip.file('word/document.xml', documentXml);
    return zip.generate({
      type: 'uint8array',
      compression: 'DEFLATE',
      ...(level ? { compressionOptions: { level } } : {}),
    });
  };
  const floor = floorAt(undefined);
  const floorAtLetterLevel = floorAt(1);
  const letterBytes = (await letter()).length;
  const floorBytes = floor().length;
  // For reference only: the plain way (new PizZip + new Docxtemplater + render + DEFLATE) on the
  // same template, every tag empty (the letter data builder is not a public export).
  const plainData = { text: 'x' };
  const plain = () => {
    const doc = new Docxtemplater(new PizZip(template), {
      paragraphLoop: true,
      nullGetter: () => '',
    });
    doc.render(plainData);
    return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
  };
  for (let i = 0; i < 50; i++) {
    await letter();
    await customLetter();
    floor();
    floorAtLetterLevel();
    plain();
  }
  const tLetter = [];
  const tCustom = [];
  const tFloor = [];
  const tFloor1 = [];
  const tPlain = [];
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    for (let i = 0; i < perRound; i++) await letter();
    tLetter.push((performance.now() - t) / perRound);
    t = performance.now();
    for (let i = 0; i < perRound; i++) await customLetter();
    tCustom.push((performance.now() - t) / perRound);
    t = performance.now();
    for (let i = 0; i < perRound; i++) floor();
    tFloor.push((performance.now() - t) / perRound);
    t = performance.now();
    for (let i = 0; i < perRound; i++) floorAtLetterLevel();
    tFloor1.push((performance.now() - t) / perRound);
    t = performance.now();
    for (let i = 0; i < perRound; i++) plain();
    tPlain.push((performance.now() - t) / perRound);
  }
  const l = median(tLetter);
  const c = median(tCustom);
  const f = median(tFloor);
  const f1 = median(tFloor1);
  const p = median(tPlain);
  // Ratios are the median of each round's ratio: the two sides of a round run back to back, so a
  // busy machine slows both alike.
  const ratioOf = (xs, ys) => median(xs.map((x, i) => x / ys[i]));
  const ratio = ratioOf(tLetter, tFloor);
  const customRatio = ratioOf(tCustom, tFloor);
  const ratioSameLevel = ratioOf(tLetter, tFloor1);
  console.log(
    `letter: renderLetter ${l.toFixed(2)} ms/letter vs zip floor ${f.toFixed(2)} ms → ${ratio.toFixed(2)}x ` +
      `(target ≤ 1x; office template via letter.template: ${c.toFixed(2)} ms → ${customRatio.toFixed(2)}x; ` +
      `plain docxtemplater fill, tags empty: ${p.toFixed(2)} ms → ${ratioOf(tPlain, tFloor).toFixed(2)}x; ` +
      `first letter of an unseen template ${firstMs.toFixed(0)} ms, its second ${secondMs.toFixed(1)} ms)\n` +
      `  letters DEFLATE their body at level 1: letter ${letterBytes} bytes vs ${floorBytes} for the floor's level 6; ` +
      `against a floor at level 1 too (${f1.toFixed(2)} ms) the letter is ${ratioSameLevel.toFixed(2)}x`,
  );
  return {
    letterMs: l,
    customMs: c,
    floorMs: f,
    floorAtLetterLevelMs: f1,
    plainMs: p,
    ratio,
    customRatio,
    ratioSameLevel,
    firstLetterMs: firstMs,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
