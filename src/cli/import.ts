import { processIo } from './process-io';
import { runImport } from './import-command';

process.exitCode = runImport(process.argv.slice(2), processIo());
