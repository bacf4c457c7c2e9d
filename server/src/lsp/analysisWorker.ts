// A worker thread that analyses documents for the first load: it receives {id, uri, text} and answers with the
// analysis (plain data, so it crosses threads as it is) or the error.
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from '../core/analyzeDocument.js';

parentPort?.on('message', (m: { id: number; uri: string; text: string }) => {
  try {
    parentPort!.postMessage({ id: m.id, analysis: analyzeDocument({ uri: m.uri, text: m.text }) });
  } catch (err) {
    parentPort!.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) });
  }
});
