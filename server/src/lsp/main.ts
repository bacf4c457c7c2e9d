// Entry point of the bundled server that the VS Code extension starts (transport from the command line: --node-ipc).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

startServer(createConnection(ProposedFeatures.all));
