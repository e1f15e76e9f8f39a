/**
 * Topology Builder files (.tbxml) and published topology XML (Get-CsTopology -AsXml) to our document:
 * bytes in, design and import report out, through the one load pipeline. Loaded on demand by the browser
 * (a dynamic import keeps it and the XML parser out of the first screen) and statically by the CLI.
 */
import type { Design } from '../domain/design';
import { LoadError } from '../document/load-error';
import { loadDesignValue } from '../document/parse';
import { bakeLayout } from '../layout/tidy';
import { decodeXmlBytes } from './decode';
import { readModel } from './read-model';
import type { ImportReport } from './report';
import { modelToDesign } from './to-design';
import { parseXml } from './xml-tree';

export type { ImportReport } from './report';
export { reportLines } from './report';

export type TopologyImportResult = { ok: true; design: Design; report: ImportReport } | { ok: false; error: LoadError };

export function importTopologyXml(bytes: Uint8Array, fileName?: string): TopologyImportResult {
  try {
    const model = readModel(parseXml(decodeXmlBytes(bytes)));
    const { raw, report } = modelToDesign(model, fileName);
    const loaded = loadDesignValue(raw);
    if (!loaded.ok) return loaded;
    return { ok: true, design: bakeLayout(loaded.value), report };
  } catch (e) {
    if (e instanceof LoadError) return { ok: false, error: e };
    return { ok: false, error: new LoadError('invalid', `the topology could not be read (${e instanceof Error ? e.message : String(e)})`) };
  }
}
