import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
};

/** The bench's static server: the app under /app/, the peers under /peers/. */
export interface BenchServer {
  origin: string;
  /**
   * Serves these files as `<prefix>/data/facilities.geojson` (the peers' file and the app's
   * details) and `<prefix>/data/sites.json` (the app's start-up file) from now on.
   */
  setFacilities: (path: string, sites: string) => void;
  close: () => Promise<void>;
}

/** Where a URL path points on disk (null when outside the served folders). */
function resolvePath(
  path: string,
  roots: Record<string, string>,
  dataDir: string,
  served: { facilities: string; sites: string },
): string | null {
  const [, prefix = '', ...rest] = path.split('/');
  const root = roots[prefix];
  if (!root) return null;
  const relative = normalize(rest.join('/') || 'index.html');
  if (relative.startsWith('..')) return null;
  if (relative === 'data/facilities.geojson') return served.facilities;
  if (relative === 'data/sites.json') return served.sites;
  if (relative.startsWith('data/')) return join(dataDir, relative.slice(5));
  return join(root, relative);
}

/** Starts a loopback-only static server on a free port. */
export async function startServer(
  roots: Record<string, string>,
  dataDir: string,
): Promise<BenchServer> {
  const served = {
    facilities: join(dataDir, 'facilities.geojson'),
    sites: join(dataDir, 'sites.json'),
  };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = resolvePath(path, roots, dataDir, served);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    setFacilities: (facilities, sites) => {
      served.facilities = facilities;
      served.sites = sites;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
