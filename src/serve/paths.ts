// The preview's addresses. Outputs keep the layout of out/: /<module>/<audience>/deck/ for the deck,
// /<module>/<audience>/<format>/ for the HTML a print format is printed from, and the PDFs beside them.
// The server's own pages and scripts live under /__workshopkit/.
import { formatIdList } from '../formats/registry.js';
import type { Format } from '../schema/module-schema.js';
import type { OutputKey } from './site.js';

export const TOOL_PREFIX = '/__workshopkit';

export type PageRef =
  | { kind: 'index' }
  | { kind: 'output'; key: OutputKey; file: string }
  | { kind: 'pdf'; module: string; audience: string; file: string }
  | { kind: 'source'; module: string; file: string }
  | { kind: 'tool'; name: string }
  | { kind: 'unknown' };

const SAFE_SEGMENT = /^(?!\.\.?$)[^/\\\0]+$/;

function segmentsOf(pathname: string): string[] | undefined {
  try {
    const segments = pathname.split('/').slice(1).map(decodeURIComponent);
    return segments.slice(0, -1).every((s) => SAFE_SEGMENT.test(s)) && (segments.at(-1) === '' || SAFE_SEGMENT.test(segments.at(-1)!)) ? segments : undefined;
  } catch {
    return undefined;
  }
}

export function parsePath(pathname: string): PageRef {
  if (pathname === '/' || pathname === '/index.html') return { kind: 'index' };
  const segments = segmentsOf(pathname);
  if (!segments) return { kind: 'unknown' };
  if (`/${segments[0]}` === TOOL_PREFIX) {
    if (segments[1] === 'source' && segments.length >= 4 && segments.at(-1)) return { kind: 'source', module: segments[2]!, file: segments.slice(3).join('/') };
    return segments.length === 2 && segments[1] ? { kind: 'tool', name: segments[1] } : { kind: 'unknown' };
  }
  const [module, audience, third, ...rest] = segments;
  if (!module || !audience || !third) return { kind: 'unknown' };
  if (!rest.length && third.endsWith('.pdf')) return { kind: 'pdf', module, audience, file: third };
  if (!formatIdList().includes(third) || !rest.length) return { kind: 'unknown' };
  const file = rest.join('/') || 'index.html';
  return { kind: 'output', key: { module, audience, format: third as Format }, file };
}

/** The address of an output's page. */
export const outputUrl = (module: string, audience: string, format: Format) =>
  `/${encodeURIComponent(module)}/${encodeURIComponent(audience)}/${format}/`;

export const sourceUrl = (module: string, file: string, line?: number) =>
  `${TOOL_PREFIX}/source/${encodeURIComponent(module)}/${file.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`;
