// The layers of workshopkit, bottom first. A file may import from its own layer and the layers below it,
// never from a layer above: so each layer can be read, tested and changed knowing only what is under it,
// and a new format or rule never has to reach back down and touch the loader. tests/unit/layers.test.ts
// holds every import in src/ to this order; docs/architecture.md explains it.
export const LAYERS: readonly (readonly string[])[] = [
  ['errors', 'project-root.ts', 'package-info.ts', 'layers.ts', 'interrupt.ts'],
  ['i18n'], // the outputs' own words in each language (message catalogues), numbers and dates
  ['source'], // files with positions, paths kept inside a folder, schema findings
  ['schema', 'audiences'], // the module format (zod), audience profiles and their files, the {{token}} syntax
  ['module'], // load a module's files and validate them together
  ['translation'], // a module's texts as XLIFF units, and the module in another language
  ['theme', 'brand', 'config'], // the look of a build, and the project's defaults
  ['tailor'], // one audience's view of a module, each block knowing where it came from
  ['check', 'library'], // content rules over the tailored views; the library's overview and review dates
  ['render'], // templates, Markdown, assets
  ['formats'], // one file per output format, and the registry that lists them
  ['print'], // the browser, PDF metadata
  ['pipeline'], // the build, stage after stage
  ['serve', 'scaffold'], // the preview server, the new-module scaffolder
  ['cli.ts', 'bin.ts', 'progress.ts'], // the command line
];

/** Imports that the order alone would allow but that would tie two layers that must stay apart. */
export const FORBIDDEN: readonly { from: string; to: string; why: string }[] = [
  { from: 'render', to: 'check', why: 'rendering never depends on what the linter thinks of the text' },
];
