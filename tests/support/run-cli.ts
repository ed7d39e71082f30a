// The command line as its own process, from the TypeScript sources: for tests that need a real process
// (signals, exit codes), without building dist/ first.
import { main } from '../../src/cli.js';

process.exitCode = await main(process.argv.slice(2));
