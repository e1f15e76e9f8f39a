import type { Design } from '../domain/design';
import { SAMPLE_TITLES, type SampleId } from './first-visit';
import { loadDesign } from './parse';
import smallText from './samples/reference-small.json?raw';
import mediumText from './samples/reference-medium.json?raw';

export { firstVisitSample, type SampleId } from './first-visit';

/** The reference designs shipped as templates, loaded through the same pipeline as any file. */
function load(text: string): Design {
  const result = loadDesign(text);
  if (!result.ok) throw result.error;
  return result.value;
}

export const SAMPLES: Record<SampleId, { title: string; load: () => Design }> = {
  small: { title: SAMPLE_TITLES.small, load: () => load(smallText) },
  medium: { title: SAMPLE_TITLES.medium, load: () => load(mediumText) },
};
