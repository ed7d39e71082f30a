// Who the preview answers. Two checks, both before any route runs:
// - the Host header: a page on another site could reach this port through a name of its own that points here
//   (DNS rebinding), so only an address or this computer's own names are answered;
// - the origin of a request that changes something (POST: print PDFs, report a reload): only the preview's own
//   pages may send one. A sandboxed frame or a file sends `Origin: null`, which is refused.
import type http from 'node:http';
import net from 'node:net';
import os from 'node:os';

const LOOPBACK = ['127.0.0.1', 'localhost', '::1', '[::1]'];

/** The names this server answers to when it listens on `host`. */
export function ownHostNames(host: string): Set<string> {
  const name = os.hostname().toLowerCase();
  return new Set([...LOOPBACK, host.toLowerCase(), name, `${name}.local`]);
}

/** True when a Host header names this computer: one of its names, or any IP address. */
export function hostAllowed(hostHeader: string | undefined, ownNames: Set<string>): boolean {
  if (!hostHeader) return false;
  const name = hostHeader.toLowerCase().replace(/:\d+$/, '');
  return ownNames.has(name) || net.isIP(name.replace(/^\[|\]$/g, '')) !== 0;
}

export type OriginVerdict = { allowed: true } | { allowed: false; status: 400 | 403; reason: string };

const refused = (reason: string): OriginVerdict => ({ allowed: false, status: 403, reason });
const malformed = (reason: string): OriginVerdict => ({ allowed: false, status: 400, reason });

/** The host (name and port) of an http(s) address, or undefined when it is not one. */
function httpHostOf(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.host : undefined;
}

/**
 * May this state-changing request be acted on? Browsers send Origin with every POST; when it is missing
 * (an old browser, a privacy extension), Sec-Fetch-Site and then Referer say where it came from. A request
 * with none of the three comes from a program, not a page, and a program on this computer needs no page to
 * reach the port, so it is accepted.
 */
export function checkOrigin(headers: http.IncomingHttpHeaders): OriginVerdict {
  const host = headers.host?.toLowerCase();
  const origin = headers.origin;
  if (origin !== undefined) {
    if (origin === 'null') return refused('the request came from a page without an origin (a sandboxed frame or a local file)');
    const originHost = httpHostOf(origin);
    // An Origin is a scheme, a host and maybe a port: nothing else, no path.
    if (originHost === undefined || new URL(origin).origin !== origin.toLowerCase().replace(/\/$/, '')) return malformed('the Origin header is not an address');
    return originHost === host ? { allowed: true } : refused('the request came from another site');
  }
  const site = headers['sec-fetch-site'];
  if (typeof site === 'string') {
    // "none": the user started it (a bookmark, the address bar); "same-origin": one of our own pages.
    return site === 'same-origin' || site === 'none' ? { allowed: true } : refused('the request came from another site');
  }
  const referer = headers.referer;
  if (referer !== undefined) {
    const refererHost = httpHostOf(referer);
    if (refererHost === undefined) return malformed('the Referer header is not an address');
    return refererHost === host ? { allowed: true } : refused('the request came from another site');
  }
  return { allowed: true };
}
