import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../i18n/locale';
import { type ProfileId, profiles } from '../profiles/index';
import { defineProfile } from '../profiles/resolve';
import type { Profile } from '../schemas/profile';
import type { DeskCommandOptions } from './commands/desk';
import { InputError, UsageError } from './errors';
import { parseJson, readInput } from './io';

/**
 * `pbi-jk desk`: the server behind the front desk page. Loaded only when the command runs (the
 * profiles, their schemas and node:http stay out of `pbi-jk --help`).
 */

/**
 * Headers of every answer: the page may load only its own files and may connect nowhere
 * (`connect-src 'none'`), so no case data can leave the browser even by mistake.
 */
export const DESK_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
    "connect-src 'none'; font-src 'self'; object-src 'none'; base-uri 'none'; " +
    "form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The built page: dist/desk next to the CLI bundle (dist/cli.js), or `PBI_JK_DESK_DIR`. */
export function deskDirectory(): string {
  const fromEnv = process.env.PBI_JK_DESK_DIR;
  if (fromEnv) return resolve(fromEnv);
  return join(dirname(fileURLToPath(import.meta.url)), 'desk');
}

/** Writes bytes as `{ "$base64": "…" }` so a profile with a logo or templates survives JSON. */
function bytesAsBase64(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { $base64: Buffer.from(value).toString('base64') };
  return value;
}

/** office.js for a configured profile (or `null` for none): a script, since the page may not fetch. */
export function officeScript(profile: Profile | undefined): string {
  const data = profile ? JSON.stringify({ profile }, bytesAsBase64) : 'null';
  return `// Served by pbi-jk desk: the office profile this desk starts with.\nglobalThis.__PBI_JK_OFFICE__ = ${data};\n`;
}

/** Reads `--profile-file` (`{ "base": "<id>", "overrides": {…} }`); a logo path is relative to the file. */
export async function loadProfileFile(file: string, locale: Locale): Promise<Profile> {
  const json = parseJson((await readInput(file, locale)).toString('utf8'), locale);
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new InputError(`${file}: { "base": "<profile id>", "overrides": { … } }`);
  const { base, overrides } = json as { base?: unknown; overrides?: unknown };
  const o = (typeof overrides === 'object' && overrides !== null ? overrides : {}) as Record<
    string,
    unknown
  >;
  const letterhead = o.letterhead as Record<string, unknown> | undefined;
  if (letterhead && typeof letterhead.logo === 'string') {
    const logoPath = isAbsolute(letterhead.logo)
      ? letterhead.logo
      : join(dirname(resolve(file)), letterhead.logo);
    o.letterhead = { ...letterhead, logo: new Uint8Array(await readInput(logoPath, locale)) };
  }
  return defineProfile(base as ProfileId, o as never, locale);
}

/** Only these Host headers are answered: a page from another name (DNS rebinding) gets nothing. */
function allowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * Starts the desk server on 127.0.0.1 (never another interface). It serves the files of the
 * built page and office.js, nothing else: no API, no decision on the server.
 */
export async function startDeskServer(options: {
  port: number;
  profile?: Profile;
  directory?: string;
}): Promise<{ server: Server; url: string; port: number }> {
  const dir = options.directory ?? deskDirectory();
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /^[\w.-]+$/.test(n));
  } catch {
    throw new InputError(`desk page not built: ${dir} (run npm run build)`);
  }
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const name of names) {
    const ext = name.slice(name.lastIndexOf('.'));
    const type = TYPES[ext];
    if (type) files.set(`/${name}`, { body: await readFile(join(dir, name)), type });
  }
  const index = files.get('/index.html');
  if (!index) throw new InputError(`desk page not built: ${join(dir, 'index.html')}`);
  files.set('/', index);
  files.set('/office.js', {
    body: Buffer.from(officeScript(options.profile), 'utf8'),
    type: TYPES['.js'] as string,
  });
  let port = options.port;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, body: Buffer | string, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { ...DESK_HEADERS, 'Content-Type': type });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (!allowedHost(req.headers.host, port)) return send(421, 'Misdirected request\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed\n');
    const path = (req.url ?? '/').split('?')[0] as string;
    const file = files.get(path);
    if (!file) return send(404, 'Not found\n');
    send(200, file.body, file.type);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => ok());
  });
  port = (server.address() as AddressInfo).port;
  return { server, url: `http://127.0.0.1:${port}/`, port };
}

function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser opener: the address is printed anyway.
  }
}

/** Runs `pbi-jk desk`: serves the page until Ctrl-C (SIGINT) or SIGTERM. */
export async function runDesk(o: DeskCommandOptions): Promise<void> {
  const port = Number(o.port);
  if (!/^\d{1,5}$/.test(o.port) || port > 65535)
    throw new UsageError(`--port must be 0–65535, not "${o.port}"`);
  const profile = o.profileFile
    ? await loadProfileFile(o.profileFile, o.locale)
    : o.profile
      ? profiles[o.profile]
      : undefined;
  const { server, url } = await startDeskServer({
    port,
    ...(profile ? { profile } : {}),
  }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'EADDRINUSE') throw e;
    throw new InputError(
      o.locale === 'en'
        ? `port ${port} is already in use; choose another --port (or --port 0)`
        : `port ${port} sudah dipakai program lain; pilih --port lain (atau --port 0)`,
    );
  });
  const stop = o.locale === 'en' ? 'Ctrl-C to stop' : 'Ctrl-C untuk berhenti';
  process.stdout.write(`pbi-jk desk: ${url}  (${stop})\n`);
  if (o.open) openBrowser(url);
  await new Promise<void>((done) => {
    const close = () => {
      server.close(() => done());
      server.closeAllConnections();
    };
    process.once('SIGINT', close);
    process.once('SIGTERM', close);
  });
}
