/** `npm run -s export -- FILE --svg OUT [--png OUT] [--scale 1|2|3] [--findings]` (see docs/export.md). */
import { processIo } from './process-io';
import { runExport } from './export-command';
import { resvgPng } from './resvg-png';

process.exitCode = await runExport(process.argv.slice(2), processIo(), resvgPng);
