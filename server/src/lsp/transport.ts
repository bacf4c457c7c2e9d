// The server's end of the connection, from the command line (--stdio or --node-ipc), behind the lifecycle gate; an
// input that is lost or closed ends the process, with a word why, so the editor can start a new server.
import { IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';
import { gatedReader } from './lifecycleGate.js';

export interface Transport {
  reader: MessageReader;
  writer: MessageWriter;
}

export function transportFromArgs(argv: string[]): Transport {
  const stdio = argv.includes('--stdio');
  if (!stdio && !argv.includes('--node-ipc')) throw new Error('dossier lsp needs --stdio or --node-ipc to know how to talk to its editor');
  const inner = stdio ? new StreamMessageReader(process.stdin) : new IPCMessageReader(process);
  const writer = stdio ? new StreamMessageWriter(process.stdout) : new IPCMessageWriter(process);
  // over stdio, standard output is the protocol: anything a library prints there would break every later message
  if (stdio) for (const level of ['log', 'info', 'debug'] as const) console[level] = console.error;
  const reader = gatedReader(inner, writer, {
    lost: (why) => {
      const message = `Dossier cannot read its input stream any more (${why}); the server stops so that the editor can start it again.`;
      process.stderr.write(`${message}\n`);
      // the output still works: the client's log gets the reason before the process ends
      void writer
        .write({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 1, message } } as never)
        .finally(() => process.exit(1));
    },
    closed: (clean) => process.exit(clean ? 0 : 1),
  });
  return { reader, writer };
}
