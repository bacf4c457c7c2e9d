// Entry point of the bundled server that the VS Code extension starts (transport from the command line: --node-ipc).
// The same bundle is the script of the server's worker threads, so the package carries the analyzer once.
import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';
import { transportFromArgs } from './transport.js';
// on a worker thread this answers the pool's analyses (on the main thread it does nothing)
import './analysisWorker.js';

if (isMainThread) {
  const { reader, writer } = transportFromArgs(process.argv.slice(2));
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  // A bug in one request must not take the server down for every other request: log it and keep serving.
  process.on('uncaughtException', (err) => connection.console.error(`Dossier hit an unexpected error and carried on: ${err.stack ?? err.message}`));
  process.on('unhandledRejection', (err) => connection.console.error(`Dossier hit an unexpected error and carried on: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
  startServer(connection);
}
