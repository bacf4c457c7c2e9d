// The protocol's own rules over a real server process: requests outside the lifecycle are refused with the codes LSP
// names, and a stream that can no longer be framed ends the server with a word why, instead of leaving it deaf.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import { CLI, uriOf } from './client.js';

interface RawServer {
  child: ChildProcess;
  connection: MessageConnection;
  logs: string[];
  exited: Promise<number | null>;
}

/** A server process with a client connection that does nothing for the test: no initialize is sent. */
function rawServer(): RawServer {
  const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
  connection.onNotification('window/showMessage', (p: { message: string }) => void logs.push(p.message));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, connection, logs, exited };
}

async function refusal(connection: MessageConnection, method: string, params: unknown): Promise<ResponseError<unknown>> {
  try {
    const answer = await connection.sendRequest(method, params);
    assert.fail(`${method} was answered: ${JSON.stringify(answer)}`);
  } catch (err) {
    assert.ok(err instanceof ResponseError, String(err));
    return err;
  }
}

function initializeParams(dir: string): unknown {
  return { processId: process.pid, rootUri: uriOf(dir), workspaceFolders: [{ uri: uriOf(dir), name: 'w' }], capabilities: {} };
}

function emptyWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-protocol-'));
  fs.writeFileSync(path.join(dir, 'a.md'), '# A\n\nForeign Minister Tova Rendal spoke.\n');
  return dir;
}

const within = <T>(p: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms))]);

test('a request before initialize is refused with ServerNotInitialized (-32002), and initialize still works after it', async () => {
  const s = rawServer();
  try {
    const err = await refusal(s.connection, 'dossier/status', {});
    assert.equal(err.code, -32002);
    const hover = await refusal(s.connection, 'textDocument/hover', { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } });
    assert.equal(hover.code, -32002);
    const init = (await s.connection.sendRequest('initialize', initializeParams(emptyWorkspace()))) as { capabilities: { hoverProvider?: boolean } };
    assert.equal(init.capabilities.hoverProvider, true);
  } finally {
    s.connection.dispose();
    s.child.kill();
  }
});

test('a request after shutdown is refused with InvalidRequest (-32600), and exit ends the server with code 0', async () => {
  const s = rawServer();
  try {
    await s.connection.sendRequest('initialize', initializeParams(emptyWorkspace()));
    await s.connection.sendNotification('initialized', {});
    await s.connection.sendRequest('shutdown');
    const err = await refusal(s.connection, 'dossier/status', {});
    assert.equal(err.code, -32600);
    await s.connection.sendNotification('exit');
    assert.equal(await within(s.exited, 10_000, 'the server exits'), 0);
  } finally {
    s.connection.dispose();
    s.child.kill();
  }
});

test('a bad Content-Length header: the server says why and exits with an error code instead of going deaf', async () => {
  const s = rawServer();
  let stderr = '';
  s.child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    await s.connection.sendRequest('initialize', initializeParams(emptyWorkspace()));
    await s.connection.sendNotification('initialized', {});
    const body = JSON.stringify({ jsonrpc: '2.0', id: 99, method: 'dossier/status', params: {} });
    s.child.stdin!.write(`Content-Length: lots\r\n\r\n${body}`);
    const code = await within(s.exited, 10_000, 'the server exits');
    assert.notEqual(code, 0);
    const said = [...s.logs, stderr].join('\n');
    assert.match(said, /Dossier cannot read its input stream/);
    assert.match(said, /Content-Length/);
  } finally {
    s.connection.dispose();
    s.child.kill();
  }
});

test('a message whose body is not JSON is skipped and the next request is answered', async () => {
  const s = rawServer();
  try {
    await s.connection.sendRequest('initialize', initializeParams(emptyWorkspace()));
    await s.connection.sendNotification('initialized', {});
    const junk = '{"jsonrpc": "2.0", "id": 7, "method": ';
    s.child.stdin!.write(`Content-Length: ${Buffer.byteLength(junk)}\r\n\r\n${junk}`);
    const status = (await within(s.connection.sendRequest('dossier/status'), 20_000, 'status answered')) as { documents: number };
    assert.equal(typeof status.documents, 'number');
  } finally {
    s.connection.dispose();
    s.child.kill();
  }
});
