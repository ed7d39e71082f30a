// The HTML the print stage turns into PDFs, rendered through the pipeline's own functions into a folder, so
// tests can open it in Chromium (a build deletes it once the PDFs are printed).
import path from 'node:path';
import { checkForBuild, renderAudience, resolveContext, resolveModuleDirs, type BuildConfig } from '../../src/pipeline/build.js';
import { formatOf } from '../../src/formats/registry.js';
import { stageOutputs, type AudienceOutput } from '../../src/pipeline/write.js';
import type { Format } from '../../src/schema/module-schema.js';

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
  const context = resolveContext(config);
  const { views } = checkForBuild(context, resolveModuleDirs([], modulesDir));
  const outputs: AudienceOutput[] = [];
  const pages: Omit<StagedPrintHtml, 'html'>[] = [];
  const htmlOf: string[] = [];
  for (const { module: m, byAudience } of views) {
    for (const [audience, tailored] of byAudience) {
      const formats = tailored.audience.formats.map(formatOf).filter((f) => f.page !== undefined);
      if (!formats.length) continue;
      const rendered = await renderAudience(tailored, formats, (f) => context.templatesFor(f), context.renderOptions);
      outputs.push({ module: m.id, audience, files: rendered.flatMap((r) => r.files) });
      rendered.forEach((r, i) => {
        pages.push({ module: m.id, audience, format: formats[i]!.id });
        htmlOf.push(path.join(m.id, audience, ...r.print!.html.split('/')));
      });
    }
  }
  const staging = stageOutputs(outDir, outputs);
  return pages.map((p, i) => ({ ...p, html: path.join(staging, htmlOf[i]!) }));
}
