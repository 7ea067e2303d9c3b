/**
 * A small static file server for the built site, on 127.0.0.1 and a free port. It serves
 * directories as their index.html, answers 404 with dist/404.html, and never leaves the root.
 * With `compress`, it gzips text to clients that accept it, as any production static host does.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Formats a host would compress; fonts, images and WebAssembly are left as they are. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.webmanifest']);

export interface StaticServerOptions {
  /** Gzip text responses when the request's Accept-Encoding allows it. Off by default. */
  compress?: boolean;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  const candidate = path.resolve(root, '.' + decoded);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory()) {
      const index = path.join(candidate, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function acceptsGzip(request: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

export async function serveStatic(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const server: Server = createServer(async (request, response) => {
    const file = await resolveFile(absoluteRoot, request.url ?? '/');
    const status = file ? 200 : 404;
    let body = file
      ? await readFile(file)
      : await readFile(path.join(absoluteRoot, '404.html')).catch(() => Buffer.from('Not found'));
    const extension = file ? path.extname(file) : '.html';
    const headers: Record<string, string> = {
      'content-type': contentTypes[extension] ?? 'application/octet-stream',
    };
    if (options.compress && compressible.has(extension)) {
      headers.vary = 'accept-encoding';
      if (acceptsGzip(request)) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
    }
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  // Node closes an idle kept-alive connection after 5 s; on a loaded machine a test's fetch could
  // pick that connection at the moment it closed ("other side closed"). Tests pause longer than
  // that between requests, so keep idle connections for a minute (close() still ends them).
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
