// Loaded with `node --import` before a command runs: writes every module it loads (ES modules as they are
// resolved, CommonJS ones from the require cache at exit) to the file named by RECORD_IMPORTS, one a line.
import fs from 'node:fs';
import { createRequire, register } from 'node:module';

const file = process.env.RECORD_IMPORTS;
const { port1, port2 } = new MessageChannel();
const resolved = [];
port1.on('message', (url) => resolved.push(url));
port1.unref();
register(new URL('./record-imports-hooks.mjs', import.meta.url), { data: { port: port2 }, transferList: [port2] });
process.on('exit', () => {
  const required = Object.keys(createRequire(import.meta.url).cache);
  fs.writeFileSync(file, [...resolved, ...required].join('\n'));
});
