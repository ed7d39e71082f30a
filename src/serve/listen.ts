// Finding a port. Binding is the only check that cannot race another program (asking whether a port is free
// and binding it later can), so each candidate is bound in turn: the one asked for, or the default and the
// few after it, then any free port the system gives (listen on 0).
import type http from 'node:http';
import { EnvironmentError } from '../errors/finding.js';

export const DEFAULT_PORT = 4280;
/** How many ports after the default are tried before asking the system for any free one. */
export const PORT_ATTEMPTS = 20;

export interface Listening {
  port: number;
  /** The port asked for (or the default), when it was taken and another was used. */
  portTaken?: number;
}

/** Binds the server to one port; rejects with the system's error (EADDRINUSE, EADDRNOTAVAIL). */
function bind(server: http.Server, host: string, port: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as { port: number }).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException)?.code;

/** Listens on the port asked for; without one, on the default or the next free port after it. */
export async function listen(server: http.Server, host: string, port: number | undefined, defaultPort = DEFAULT_PORT): Promise<Listening> {
  if (port !== undefined) {
    try {
      return { port: await bind(server, host, port) };
    } catch (error) {
      if (codeOf(error) === 'EADDRINUSE') {
        throw new EnvironmentError(`port ${port} on ${host} is in use. Stop what is using it, pass another --port, or leave --port out to pick a free one.`, { cause: error });
      }
      if (codeOf(error) === 'EADDRNOTAVAIL') throw new EnvironmentError(`this computer has no address ${host} to listen on. Leave --host out to use 127.0.0.1.`, { cause: error });
      throw error;
    }
  }
  for (let candidate = defaultPort; candidate < defaultPort + PORT_ATTEMPTS; candidate++) {
    try {
      const bound = await bind(server, host, candidate);
      return candidate === defaultPort ? { port: bound } : { port: bound, portTaken: defaultPort };
    } catch (error) {
      if (codeOf(error) !== 'EADDRINUSE') throw error;
    }
  }
  return { port: await bind(server, host, 0), portTaken: defaultPort };
}
