/**
 * The lab's web server: the built browser lab as static files, and the stored runs
 * of the results database at /api/runs (read-only). The simulation itself runs in
 * the visitor's browser; the server only hands out files.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { listStoredRuns } from './runs.js';
import { RUNS_PATH } from './runs-api.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface LabServerOptions {
  /** The built lab (web/dist). */
  root: string;
  /** The results database to offer read-only (null: none). */
  database: string | null;
}

export function createLabServer(o: LabServerOptions): http.Server {
  const root = path.resolve(o.root);
  return http.createServer((req, res) => {
    const send = (
      status: number,
      type: string,
      body: string | Buffer,
      headers: Record<string, string> = {},
    ) => {
      res.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, 'text/plain; charset=utf-8', 'only GET and HEAD\n', { allow: 'GET, HEAD' });
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://lab').pathname);
    } catch {
      send(400, 'text/plain; charset=utf-8', 'bad request\n');
      return;
    }
    if (pathname === RUNS_PATH) {
      send(200, TYPES['.json']!, JSON.stringify(listStoredRuns(o.database)), { 'cache-control': 'no-store' });
      return;
    }
    const file = path.resolve(root, `.${path.posix.normalize(pathname)}`);
    if (file !== root && !file.startsWith(root + path.sep)) {
      send(403, 'text/plain; charset=utf-8', 'forbidden\n');
      return;
    }
    let target = file;
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) target = path.join(target, 'index.html');
    if (!fs.existsSync(target)) {
      send(404, 'text/plain; charset=utf-8', 'not found\n');
      return;
    }
    const ext = path.extname(target);
    // Built assets have content hashes in their names: they never change, so they can be kept.
    const immutable = target.includes(`${path.sep}assets${path.sep}`);
    send(200, TYPES[ext] ?? 'application/octet-stream', fs.readFileSync(target), {
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
}

/** Listen on host:port (port 0: any free port); resolves with the address to print. */
export function listen(server: http.Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const a = server.address();
      if (a === null || typeof a === 'string') return reject(new Error('the server has no network address'));
      resolve(labUrl(host, a.port));
    });
  });
}

export function labUrl(host: string, port: number): string {
  const h = host.includes(':') ? `[${host}]` : host;
  return `http://${h}:${port}/`;
}
