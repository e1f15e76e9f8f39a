import { processIo } from './process-io';
import { runValidate } from './validate-command';

process.exitCode = runValidate(process.argv.slice(2), processIo());
