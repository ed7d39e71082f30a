// Builds dist/: the command as one entry point and the chunks it loads when it needs them (esbuild, with
// code splitting), rather than a file for every source file. Node then reads a few files instead of
// hundreds at start-up (about half a second less on every command), and each command still loads only
// what it uses. Types are checked by `npm test` (tsc), not here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles src/bin.ts into `outdir` (emptied first). */
export async function buildDist(outdir = path.join(ROOT, 'dist')) {
  fs.rmSync(outdir, { recursive: true, force: true });
  await build({
    // The print worker is a file of its own: the pipeline starts it as a thread (src/pipeline/print.ts).
    // precompiled.ts is an entry so that this script can precompile the templates with it, below.
    entryPoints: [path.join(ROOT, 'src/bin.ts'), path.join(ROOT, 'src/pipeline/print-worker.ts'), path.join(ROOT, 'src/render/precompiled.ts')],
    entryNames: '[name]',
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // A native addon is loaded from its own package at run time.
    external: ['@resvg/resvg-js'],
    // The CommonJS packages inside the bundle call require(); ES modules have none of their own.
    banner: { js: "import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  fs.chmodSync(path.join(outdir, 'bin.js'), 0o755);
  // The templates, compiled now rather than at every build (src/render/precompiled.ts).
  const { precompileTemplates, PRECOMPILED_FILE } = await import(pathToFileURL(path.join(outdir, 'precompiled.js')).href);
  fs.writeFileSync(path.join(outdir, PRECOMPILED_FILE), precompileTemplates(path.join(ROOT, 'templates')));
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) await buildDist(process.argv[2]);
