// Starts the real server as a child process and talks JSON-RPC to it, as an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fs from 'node:fs';
import os from 'node:os';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CLI = path.resolve(here, '../../server/src/cli/main.js');
export const SAMPLES = path.resolve(here, '../../../samples');

export interface TestServer {
  connection: MessageConnection;
  process: ChildProcess;
  /** Resolves when the server has finished reading the workspace. */
  indexed: Promise<void>;
  notifications: { method: string; params: unknown }[];
  logs: string[];
  open(file: string, text?: string): Promise<{ uri: string; text: string }>;
  stop(): Promise<void>;
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

/** A copy of samples/ in a temporary folder, for tests that change files on disk. */
export function copyOfSamples(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lsp-'));
  fs.cpSync(SAMPLES, dir, { recursive: true });
  return dir;
}

export async function startServer(
  folder = SAMPLES,
  options: {
    watchers?: boolean;
    settings?: unknown;
    uid?: number;
    nodeFlags?: string[];
    initializationOptions?: Record<string, unknown>;
    /** A bundled server (server.cjs) to run instead of the compiled one. */
    serverModule?: string;
    /** The editor the client says it is (`clientInfo.name`); none by default. */
    clientName?: string;
  } = {},
): Promise<TestServer> {
  // DOSSIER_SERVER_MODULE=dist/server.cjs runs the same tests against the bundled server the .vsix ships
  const bundled = options.serverModule ?? process.env.DOSSIER_SERVER_MODULE;
  const command = bundled ? [path.resolve(bundled), '--stdio'] : [CLI, 'lsp', '--stdio'];
  const ids = options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {};
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), ...command], { stdio: ['pipe', 'pipe', 'inherit'], ...ids });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`dossier server exited unexpectedly (code ${code}, signal ${signal})\n`);
  });
  const notifications: TestServer['notifications'] = [];
  const logs: string[] = [];
  let markIndexed!: () => void;
  const indexed = new Promise<void>((resolve) => (markIndexed = resolve));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  // progress no handler claims by token: the server's own work-done progress for the first index
  connection.onUnhandledProgress((p: { value: { kind?: string } }) => {
    if (p.value?.kind === 'end') markIndexed();
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  for (const method of ['dossier/indexChanged', 'textDocument/publishDiagnostics', 'window/showMessage']) {
    connection.onNotification(method, (params: unknown) => {
      notifications.push({ method, params });
    });
  }
  connection.listen();
  await connection.sendRequest('initialize', {
    // the server checks that its client is alive by signalling it, which another user may not do
    processId: options.uid !== undefined ? null : process.pid,
    ...(options.clientName ? { clientInfo: { name: options.clientName } } : {}),
    rootUri: uriOf(folder),
    workspaceFolders: [{ uri: uriOf(folder), name: path.basename(folder) }],
    capabilities: {
      window: { workDoneProgress: true },
      workspace: { didChangeWatchedFiles: { dynamicRegistration: options.watchers ?? true } },
      textDocument: { hover: { contentFormat: ['markdown'] } },
    },
    initializationOptions: { settings: options.settings, ...options.initializationOptions },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    indexed,
    notifications,
    logs,
    async open(file: string, text?: string) {
      const body = text ?? fs.readFileSync(file, 'utf8');
      const uri = uriOf(file);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: file.endsWith('.txt') ? 'plaintext' : 'markdown', version: 1, text: body } });
      return { uri, text: body };
    },
    async stop() {
      stopping = true;
      await connection.sendRequest('shutdown').catch(() => {});
      await connection.sendNotification('exit').catch(() => {});
      connection.dispose();
      await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
    },
  };
}

/** The LSP position of the n-th occurrence of `needle` in `text`, plus `delta` characters. */
export function positionOf(text: string, needle: string, nth = 0, delta = 1): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} not found`);
  }
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}
