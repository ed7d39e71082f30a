// Reads a PDF's catalog, XMP metadata, link annotations and structure tree with qpdf's JSON output, to check
// the PDF/UA basics as a checker would: from the file, not from what workshopkit meant to write.
import { execFileSync } from 'node:child_process';

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
type Dict = Record<string, Value>;

export interface PdfLink {
  /** The annotation's /Contents, when it has one. */
  contents?: string;
  structParent?: number;
  /** The structure element its StructParent leads to (its /S), and whether that element points back (OBJR). */
  element?: string;
  pointsBack: boolean;
}

export interface PdfStructure {
  xmp: string;
  catalog: Dict;
  links: PdfLink[];
  /** Heading levels (1 for H1 …) in the structure tree's reading order. */
  headings: number[];
}

export function readPdfStructure(file: string): PdfStructure {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=qpdf', '--json-stream-data=inline', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as { qpdf: [unknown, Record<string, { value?: Value; stream?: { dict: Dict; data?: string } }>] };
  const objects = json.qpdf[1];
  const isRef = (value: Value | undefined): value is string => typeof value === 'string' && / \d+ R$/.test(value);
  const resolve = (value: Value | undefined): Value | undefined => (isRef(value) ? (objects[`obj:${value}`]?.value ?? (objects[`obj:${value}`]?.stream?.dict as Value)) : value);
  const dict = (value: Value | undefined): Dict | undefined => {
    const resolved = resolve(value);
    return resolved && typeof resolved === 'object' && !Array.isArray(resolved) ? resolved : undefined;
  };
  const text = (value: Value | undefined): string | undefined => {
    const resolved = resolve(value);
    if (typeof resolved !== 'string') return undefined;
    if (resolved.startsWith('u:')) return resolved.slice(2);
    if (resolved.startsWith('b:')) return Buffer.from(resolved.slice(2), 'hex').toString('latin1');
    return resolved;
  };

  const trailer = objects['trailer']!.value as Dict;
  const catalog = dict(trailer['/Root'])!;
  const metadataRef = catalog['/Metadata'];
  const metadata = isRef(metadataRef) ? objects[`obj:${metadataRef}`]?.stream?.data : undefined;
  const xmp = metadata ? Buffer.from(metadata, 'base64').toString('utf8') : '';

  const structRoot = dict(catalog['/StructTreeRoot']);
  const parentTree = new Map<number, Value>();
  const readNumberTree = (node: Dict | undefined) => {
    if (!node) return;
    const nums = resolve(node['/Nums']);
    if (Array.isArray(nums)) for (let i = 0; i + 1 < nums.length; i += 2) parentTree.set(nums[i] as number, nums[i + 1]!);
    const kids = resolve(node['/Kids']);
    if (Array.isArray(kids)) for (const kid of kids) readNumberTree(dict(kid));
  };
  readNumberTree(dict(structRoot?.['/ParentTree']));

  const links: PdfLink[] = [];
  const pages: string[] = [];
  const collectPages = (node: Value | undefined) => {
    const d = dict(node);
    if (!d) return;
    if (d['/Type'] === '/Page') pages.push(node as string);
    const kids = resolve(d['/Kids']);
    if (Array.isArray(kids)) kids.forEach(collectPages);
  };
  collectPages(catalog['/Pages']);
  for (const page of pages) {
    const annots = resolve(dict(page)!['/Annots']);
    for (const ref of Array.isArray(annots) ? annots : []) {
      const annot = dict(ref)!;
      if (annot['/Subtype'] !== '/Link') continue;
      const structParent = typeof annot['/StructParent'] === 'number' ? annot['/StructParent'] : undefined;
      const element = structParent === undefined ? undefined : dict(parentTree.get(structParent));
      const kids = resolve(element?.['/K']);
      const pointsBack = (Array.isArray(kids) ? kids : [kids]).some((kid) => {
        const objr = dict(kid);
        return objr?.['/Type'] === '/OBJR' && objr['/Obj'] === ref;
      });
      const contents = text(annot['/Contents']);
      links.push({
        ...(contents !== undefined ? { contents } : {}),
        ...(structParent !== undefined ? { structParent } : {}),
        ...(element ? { element: String(element['/S']) } : {}),
        pointsBack,
      });
    }
  }

  const headings: number[] = [];
  const walk = (node: Value | undefined) => {
    const resolved = resolve(node);
    if (Array.isArray(resolved)) return resolved.forEach(walk);
    const d = dict(resolved);
    if (!d || d['/Type'] === '/OBJR' || d['/Type'] === '/MCR') return;
    const heading = /^\/H([1-6])$/.exec(String(d['/S']));
    if (heading) headings.push(Number(heading[1]));
    walk(d['/K']);
  };
  walk(structRoot?.['/K']);

  return { xmp, catalog, links, headings };
}

/** Each place where a heading goes more than one level deeper than the one before it (or the first is not H1). */
export function skippedHeadingLevels(headings: number[]): string[] {
  return headings.flatMap((level, index) => {
    const before = index === 0 ? 0 : headings[index - 1]!;
    return level > before + 1 ? [`H${before || '(start)'} then H${level}`] : [];
  });
}
