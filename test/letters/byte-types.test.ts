/**
 * Bytes out are `Uint8Array<ArrayBuffer>` (a `Blob` takes them without a cast, TS 5.9 + DOM lib);
 * bytes in may be `Uint8Array` or `ArrayBuffer` (SPEC §6). The `expectTypeOf` lines are checked
 * by `npx tsc --noEmit` (tsconfig includes test/); the rest runs.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkTemplate } from '../../src/letters/check-template';
import { exportTemplate } from '../../src/letters/export-template';
import { type LetterOptions, renderLetter } from '../../src/letters/render-letter';
import { tableLetters } from './helpers';

describe('byte types in and out', () => {
  it('types: Uint8Array<ArrayBuffer> out, Uint8Array | ArrayBuffer in', () => {
    expectTypeOf(renderLetter).returns.resolves.toEqualTypeOf<Uint8Array<ArrayBuffer>>();
    expectTypeOf(exportTemplate).returns.resolves.toEqualTypeOf<Uint8Array<ArrayBuffer>>();
    expectTypeOf(checkTemplate).parameter(0).toEqualTypeOf<Uint8Array | ArrayBuffer>();
    expectTypeOf<LetterOptions['template']>().toEqualTypeOf<Uint8Array | ArrayBuffer | undefined>();
    expectTypeOf<Uint8Array<ArrayBuffer>>().toExtend<BlobPart>();
    // What the issue saw failing: a plain Uint8Array (ArrayBufferLike) is not a BlobPart.
    expectTypeOf<Uint8Array<ArrayBufferLike>>().not.toExtend<BlobPart>();
  });

  it('a letter goes into a Blob and its template comes back from blob.arrayBuffer()', async () => {
    const [first] = (await tableLetters()).filter((l) => l.request.decision.outcome === 'eligible');
    if (!first) throw new Error('no letters');
    const template = await exportTemplate('rekomendasi-reaktivasi', { profile: first.profile });
    const blob = new Blob([template]);
    const buffer = await blob.arrayBuffer();
    expect(checkTemplate(buffer, 'rekomendasi-reaktivasi').ok).toBe(true);
    const letter = await renderLetter({
      ...first.request,
      letter: { ...first.request.letter, kind: 'rekomendasi-reaktivasi', template: buffer },
    });
    expect(letter.buffer).toBeInstanceOf(ArrayBuffer);
    const fromBlob = new Uint8Array(await new Blob([letter]).arrayBuffer());
    expect(Buffer.from(fromBlob).equals(Buffer.from(letter))).toBe(true);
    // The same letter from the Uint8Array form of the template.
    const again = await renderLetter({
      ...first.request,
      letter: { ...first.request.letter, kind: 'rekomendasi-reaktivasi', template },
    });
    expect(Buffer.from(again).equals(Buffer.from(letter))).toBe(true);
  });
});
