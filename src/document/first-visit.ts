/**
 * What the first screen needs of the shipped samples, without the load pipeline (and so without zod): the
 * templates' names for the toolbar menu, and the small design a first visit opens on. samples.ts loads them
 * through the pipeline like any file, for templates, tests and the CLI.
 */
import type { Design } from '../domain/design';
import smallText from './samples/reference-small.json?raw';

export const SAMPLE_TITLES = {
  small: 'Small organization',
  medium: 'Medium organization',
} as const;
export type SampleId = keyof typeof SAMPLE_TITLES;

/**
 * The small design as a first visit opens on it, without building the schemas before the first paint
 * (docs/architecture.md, "Cold start"). The file is kept in the form the load pipeline returns (every
 * collection present, nothing to default or migrate), which samples.test.ts holds it to, so its JSON is
 * that design.
 */
export function firstVisitSample(): Design {
  return JSON.parse(smallText) as Design;
}
