// The LSP lifecycle kept at the door, before any handler runs: a request before `initialize` or after `shutdown` is
// refused with the code the protocol names, and an input that can no longer be split into messages ends the server.
import { ErrorCodes, Message, type DataCallback, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';

type Phase = 'new' | 'running' | 'shut down';

export interface GateEvents {
  /** The input cannot be framed any more (a bad header): no later message can be found, so the server must go. */
  lost(message: string): void;
  /** The input closed; `clean` when a shutdown came first. */
  closed(clean: boolean): void;
}

/** `inner`, with requests outside the lifecycle answered by an error through `writer` instead of reaching a handler. */
export function gatedReader(inner: MessageReader, writer: MessageWriter, events: GateEvents): MessageReader {
  let phase: Phase = 'new';
  const refuse = (id: number | string, code: number, message: string) => void writer.write({ jsonrpc: '2.0', id, error: { code, message } } as Message);
  const admit = (message: Message): boolean => {
    if (Message.isResponse(message)) return true;
    const method = (message as { method?: string }).method;
    if (method === 'exit') return true;
    if (phase === 'new' && method === 'initialize') {
      phase = 'running';
      return true;
    }
    if (phase === 'running') {
      if (method === 'shutdown') phase = 'shut down';
      return true;
    }
    // a notification outside the lifecycle is dropped, as the protocol says
    if (!Message.isRequest(message)) return false;
    if (phase === 'new') refuse(message.id!, ErrorCodes.ServerNotInitialized, `The server is not initialized: ${method} can only be sent after initialize.`);
    else refuse(message.id!, ErrorCodes.InvalidRequest, `The server is shut down: ${method} cannot be sent after shutdown.`);
    return false;
  };
  inner.onError((err) => {
    // a body that is not JSON was framed right, so the messages after it are still found; anything else is the
    // framing itself (a missing or non-numeric Content-Length, a broken header), and every later byte is misread
    if (err instanceof SyntaxError) return;
    events.lost(err.message);
  });
  inner.onClose(() => events.closed(phase === 'shut down'));
  return {
    onError: inner.onError,
    onClose: inner.onClose,
    onPartialMessage: inner.onPartialMessage,
    listen: (callback: DataCallback) => inner.listen((message) => admit(message) && callback(message)),
    dispose: () => inner.dispose(),
  };
}
