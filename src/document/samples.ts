import type { Design } from '../domain/design';
import { loadDesign } from './parse';
import smallText from './samples/reference-small.json?raw';
import mediumText from './samples/reference-medium.json?raw';

/** The reference designs shipped as templates, loaded through the same pipeline as any file. */
function load(text: string): Design {
  const result = loadDesign(text);
  if (!result.ok) throw result.error;
  return result.value;
}

export const SAMPLES = {
  small: { title: 'Small organization', load: () => load(smallText) },
  medium: { title: 'Medium organization', load: () => load(mediumText) },
} as const;
export type SampleId = keyof typeof SAMPLES;
