/** What an import tells the user besides the design: the product, the defaults chosen, what was not understood. */
export interface ImportReport {
  family: 'tbxml' | 'published';
  /** e.g. "Skype for Business Server 2015 (ServiceVersion 7)". */
  product: string;
  /** Set when the rules judge the file as another product than it was written for. */
  judgedAs?: string;
  counts: { sites: number; pools: number; servers: number; sqlInstances: number; fileStores: number; gateways: number; links: number };
  /** Values the file never holds, with the value chosen. */
  defaults: string[];
  /** Services, roles, dependencies and sections kept (in the element's `topologyBuilder` field) but not understood. */
  notUnderstood: string[];
  /** Other facts worth knowing (an OriginalTopology ignored, extra SIP domains, simple URLs not imported). */
  notes: string[];
}

export const PRODUCTS: Record<string, string> = {
  '5': 'Lync Server 2010',
  '6': 'Lync Server 2013',
  '7': 'Skype for Business Server 2015',
  '8': 'Skype for Business Server 2019',
};

/** The report as plain lines, for the CLI's stderr and the browser's dialog. */
export function reportLines(report: ImportReport): string[] {
  const c = report.counts;
  const lines = [
    `Read a ${report.family === 'tbxml' ? 'Topology Builder file (.tbxml)' : 'published topology (Get-CsTopology -AsXml)'} for ${report.product}.`,
  ];
  if (report.judgedAs) lines.push(report.judgedAs);
  lines.push(
    `Imported ${c.sites} site(s), ${c.pools} pool(s), ${c.servers} server(s), ${c.sqlInstances} SQL instance(s), ${c.fileStores} file store(s), ${c.gateways} gateway(s) and ${c.links} link(s).`,
  );
  if (report.defaults.length) lines.push('Defaults chosen (the file does not hold these):', ...report.defaults.map((d) => `  - ${d}`));
  if (report.notUnderstood.length) lines.push('Kept but not understood:', ...report.notUnderstood.map((d) => `  - ${d}`));
  if (report.notes.length) lines.push('Notes:', ...report.notes.map((d) => `  - ${d}`));
  return lines;
}
