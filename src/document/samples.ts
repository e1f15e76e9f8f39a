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

/**
 * The small design as a first visit opens on it, without building the schemas before the first paint
 * (docs/architecture.md, "Cold start"). The file is kept in the form the load pipeline returns (every
 * collection present, nothing to default or migrate), which samples.test.ts holds it to, so its JSON is
 * that design. Templates, tests and the CLI load it through the pipeline like any file.
 */
export function firstVisitSample(): Design {
  return JSON.parse(smallText) as Design;
}
