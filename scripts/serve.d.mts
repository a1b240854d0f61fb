// Types for scripts/serve.mjs, which the browser tests and benchmarks import.
export type StaticServer = {
  readonly port: number;
  readonly url: string;
  /** Stops listening and drops open connections, like a server that went away. */
  stop: () => Promise<void>;
  /** Listens again on the same port. */
  start: () => Promise<void>;
};

export type StaticServerOptions = {
  /** The built app, relative to the project root or absolute. Default 'dist'. */
  root?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** URL prefix → folder, served on the same origin without the SPA fallback. */
  mounts?: Record<string, string>;
};

export function startServer(options?: StaticServerOptions): Promise<StaticServer>;
export function readContentSecurityPolicy(root: string): Promise<string>;
