// The HTML the print stage turns into PDFs, rendered through the pipeline's own functions into a folder, so
// tests can open it in Chromium (a build deletes it once the PDFs are printed).
import { checkForBuild, isPrinted, renderAudience, renderOptions, resolveModuleDirs, type BuildConfig } from '../../src/pipeline/build.js';
import { BLOCKS_FROM } from '../../src/pipeline/render.js';
import { stageOutputs, type AudienceOutput } from '../../src/pipeline/write.js';
import { TEMPLATES_DIR } from '../../src/project-root.js';
import { loadFormatTemplates } from '../../src/render/templates.js';
import type { Format } from '../../src/schema/module-schema.js';
import path from 'node:path';

export interface StagedPrintHtml {
  module: string;
  audience: string;
  format: Format;
  /** The HTML file, absolute. */
  html: string;
}

/** Every print format of every audience of the modules in `modulesDir`, rendered under `outDir`. */
export async function stagePrintHtml(modulesDir: string, outDir: string, look: { theme: string; brand?: string }): Promise<StagedPrintHtml[]> {
  const config: BuildConfig = { modules: [], modulesDir, outDir, dryRun: true, ...look };
  const { modules } = checkForBuild(config, resolveModuleDirs([], modulesDir));
  const options = renderOptions(config);
  const printFormats = (['handout', 'lesson-plan', 'notes', 'slides-pdf'] as const);
  const templates = new Map(printFormats.map((f) => [f as Format, loadFormatTemplates(TEMPLATES_DIR, f, BLOCKS_FROM[f])]));
  const outputs: AudienceOutput[] = [];
  const pages: Omit<StagedPrintHtml, 'html'>[] = [];
  const htmlOf: string[] = [];
  for (const m of modules) {
    for (const [audience, entry] of Object.entries(m.source.audiences)) {
      const formats = entry.formats.filter((f) => isPrinted(f));
      if (!formats.length) continue;
      const { rendered } = await renderAudience(m, audience, formats, templates, config, options);
      outputs.push({ module: m.id, audience, files: rendered.flatMap((r) => r.files) });
      rendered.forEach((r, i) => {
        pages.push({ module: m.id, audience, format: formats[i]! });
        htmlOf.push(path.join(m.id, audience, ...r.print!.html.split('/')));
      });
    }
  }
  const staging = stageOutputs(outDir, outputs);
  return pages.map((p, i) => ({ ...p, html: path.join(staging, htmlOf[i]!) }));
}
