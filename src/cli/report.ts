import { processIo } from './process-io';
import { runReport } from './report-command';

process.exitCode = runReport(process.argv.slice(2), processIo());
