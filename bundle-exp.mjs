import { build } from 'esbuild';
const external = (process.env.EXTERNAL ?? '').split(',').filter(Boolean);
const r = await build({
  entryPoints: ['src/bin.ts'],
  outdir: process.argv[2],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  metafile: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);" },
});
const outs = Object.entries(r.metafile.outputs);
console.log(outs.length, 'files', outs.reduce((a, [, o]) => a + o.bytes, 0), 'bytes');
