import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../domain/design';
import { loadDesign } from '../document/parse';
import { SAMPLES } from '../document/samples';
import { arbitraryDesign } from '../domain/testing/arbitrary-design';
import {
  type AutosaveMeta, damagedDownload, damagedKey, designRevisionOf, isNewerWorkFromAnotherTab, nextRevision, readMeta, readRecord, sameDesign, writeRecord, writeRecordWith,
} from './autosave-record';
import { runSteps } from '../domain/steps';
import { compactFileJsonSteps } from '../document/serialize';

const META: AutosaveMeta = { savedAt: 1_700_000_000_000, tabId: 'tab-a', revision: 3, unsaved: true, viewport: { x: -10.5, y: 20, zoom: 0.75 } };
const SAVE_RESTORE_RUNS = 200;

describe('autosave record', { timeout: 60_000 }, () => {
  it(`random valid designs survive save -> restore unchanged, with their envelope (${SAVE_RESTORE_RUNS} runs)`, () => {
    fc.assert(
      fc.property(arbitraryDesign(), fc.boolean(), (design, unsaved) => {
        const meta = { ...META, unsaved };
        const read = readRecord(writeRecord(meta, design));
        expect(read.kind).toBe('ok');
        if (read.kind !== 'ok') return;
        expect(read.design).toEqual(design);
        expect(read.meta).toEqual(meta);
      }),
      { numRuns: SAVE_RESTORE_RUNS },
    );
  });

  it('a record written from design JSON made in steps (large designs) is the record writeRecord makes', () => {
    fc.assert(
      fc.property(arbitraryDesign({ maxElements: 60 }), (design) => {
        const raw = writeRecordWith(META, runSteps(compactFileJsonSteps(design, 5)));
        expect(raw).toBe(writeRecord(META, design));
        const read = readRecord(raw);
        expect(read.kind === 'ok' && read.design).toEqual(design);
      }),
      { numRuns: 60 },
    );
  });

  it('is "none" when nothing is stored', () => {
    expect(readRecord(null)).toEqual({ kind: 'none' });
  });

  it.each([
    ['not JSON', '{"savedAt": 1,', 'not a JSON file'],
    ['another envelope', JSON.stringify({ design: {} }), 'envelope'],
    ['a design that does not load', writeRecord(META, emptyDesign()).replace('"lync-topology"', '"drawio"'), 'does not load'],
    ['nesting beyond the limit', `${'['.repeat(40)}${']'.repeat(40)}`, 'nested'],
  ])('is "damaged", keeping the text, when it is %s', (_, raw, reason) => {
    const read = readRecord(raw);
    expect(read).toMatchObject({ kind: 'damaged', raw });
    expect(read.kind === 'damaged' && read.reason).toContain(reason);
  });

  it('drops prototype keys on the way in', () => {
    const raw = writeRecord(META, emptyDesign()).replace('{', '{"__proto__": {"polluted": true},');
    expect(readRecord(raw).kind).toBe('ok');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads only the envelope when that is all a tab needs', () => {
    const meta = readMeta(writeRecord(META, emptyDesign('Mine')));
    expect(meta.ok && meta.meta).toEqual(META);
  });
});

describe('two tabs on one design', () => {
  const tab = { tabId: 'tab-b', knownRevision: 3 };

  it('newer work is a higher revision written by another tab', () => {
    expect(isNewerWorkFromAnotherTab(undefined, tab)).toBe(false);
    expect(isNewerWorkFromAnotherTab({ ...META, revision: 4 }, tab)).toBe(true);
    expect(isNewerWorkFromAnotherTab({ ...META, revision: 3 }, tab)).toBe(false);
    expect(isNewerWorkFromAnotherTab({ ...META, tabId: 'tab-b', revision: 9 }, tab)).toBe(false);
  });

  it('the same revision written by another tab over this tab\'s own write is a conflict', () => {
    // Both tabs read revision 3 and wrote 4 within milliseconds: the second write replaced the first.
    const wroteFour = { tabId: 'tab-b', knownRevision: 4, ownRevision: 4 };
    expect(isNewerWorkFromAnotherTab({ ...META, tabId: 'tab-a', revision: 4 }, wroteFour)).toBe(true);
    // Having adopted tab-a's revision 4 (not written it), the same record is old news.
    expect(isNewerWorkFromAnotherTab({ ...META, tabId: 'tab-a', revision: 4 }, { tabId: 'tab-b', knownRevision: 4 })).toBe(false);
    expect(isNewerWorkFromAnotherTab({ ...META, tabId: 'tab-b', revision: 4 }, wroteFour)).toBe(false);
  });

  it("another tab's write that only moved its view over the design this tab holds is not newer work", () => {
    const holdingThree = { tabId: 'tab-b', knownRevision: 3, held: { revision: 3, design: emptyDesign('held') } };
    // tab-a panned: revision 4, still the design of revision 3.
    expect(isNewerWorkFromAnotherTab({ ...META, revision: 4, designRevision: 3 }, holdingThree)).toBe(false);
    // tab-a changed the design, or wrote a record without the field (an older version of the designer).
    expect(isNewerWorkFromAnotherTab({ ...META, revision: 4, designRevision: 4 }, holdingThree)).toBe(true);
    expect(isNewerWorkFromAnotherTab({ ...META, revision: 4 }, holdingThree)).toBe(true);
    // A design this tab does not hold (it holds another one, or none known).
    expect(isNewerWorkFromAnotherTab({ ...META, revision: 4, designRevision: 2 }, holdingThree)).toBe(true);
    expect(isNewerWorkFromAnotherTab({ ...META, revision: 4, designRevision: 3 }, { tabId: 'tab-b', knownRevision: 3 })).toBe(true);
  });

  it('a write keeps the designRevision only over a record of the design it holds, with that design still on screen', () => {
    const design = emptyDesign('held');
    const held = { revision: 3, design };
    expect(designRevisionOf({ ...META, revision: 5, designRevision: 3 }, held, design, 6)).toBe(3);
    expect(designRevisionOf({ ...META, revision: 3 }, held, design, 4)).toBe(3);
    // The design changed, storage holds another design (e.g. after "Keep mine"), or there is no record yet.
    expect(designRevisionOf({ ...META, revision: 5, designRevision: 3 }, held, emptyDesign('edited'), 6)).toBe(6);
    expect(designRevisionOf({ ...META, revision: 5, designRevision: 5 }, held, design, 6)).toBe(6);
    expect(designRevisionOf(undefined, held, design, 1)).toBe(1);
    expect(designRevisionOf({ ...META, revision: 3 }, undefined, design, 4)).toBe(4);
  });

  it('the next revision is above everything either tab has seen', () => {
    expect(nextRevision(undefined, 0)).toBe(1);
    expect(nextRevision({ ...META, revision: 7 }, 3)).toBe(8);
    expect(nextRevision({ ...META, revision: 2 }, 3)).toBe(4);
  });

  it('compares designs by their saved file', () => {
    const a = emptyDesign('A');
    expect(sameDesign(a, { ...a })).toBe(true);
    expect(sameDesign(a, emptyDesign('B'))).toBe(false);
  });
});

describe('damaged records kept aside', () => {
  const key = damagedKey(Date.UTC(2024, 4, 1, 10, 20, 30));

  it('get a key of their own, with the time in it', () => {
    expect(key).toBe('lync-designer:autosave-damaged:2024-05-01T10:20:30.000Z');
  });

  it('download as a normal topology file when only the envelope is damaged', () => {
    const design = SAMPLES.small.load();
    // A viewport of nulls: the envelope is refused, the design inside is whole.
    const raw = writeRecord(META, design).replace(/"viewport":\{[^}]*\}/, '"viewport":{"x":null,"y":null,"zoom":null}');
    expect(readRecord(raw).kind).toBe('damaged');
    const offer = damagedDownload(key, raw);
    expect(offer.kind).toBe('design');
    expect(offer.fileName).toBe('recovered-design-2024-05-01T10-20-30-000Z.json');
    const reopened = loadDesign(offer.text);
    expect(reopened.ok && reopened.value).toEqual(design);
  });

  it.each([
    ['not JSON', '{"savedAt": 1, "design": {broken'],
    ['a design that does not load', writeRecord(META, emptyDesign()).replace('"lync-topology"', '"drawio"')],
    ['no design in it', JSON.stringify({ savedAt: 1, tabId: 'x' })],
    ['not an object', '[1,2,3]'],
  ])('download as the raw record, named as one, when it is %s', (_, raw) => {
    const offer = damagedDownload(key, raw);
    expect(offer).toEqual({ kind: 'record', fileName: 'damaged-autosave-record-2024-05-01T10-20-30-000Z.txt', text: raw });
  });
});
