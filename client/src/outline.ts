// Dossier's outline and breadcrumbs, ranked after VS Code's own Markdown outline. VS Code orders a document's symbol
// providers by how closely their selector matches it, and at a tie puts extensions' before its built-in ones, so a
// provider for the Markdown language would list a note's people above its headings. One registered for every
// language ranks below any that names Markdown; it answers only for the documents Dossier reads.
import * as vscode from 'vscode';
import { DocumentSymbolRequest, type DocumentSymbol, type LanguageClient } from 'vscode-languageclient/node';

/** VS Code's Markdown extension outlines a note's headings, so the server leaves them out of its symbols. */
export function editorOutlinesHeadings(): boolean {
  return vscode.extensions.getExtension('vscode.markdown-language-features') !== undefined;
}

export interface Outline extends vscode.Disposable {
  /** The index changed: the outline and breadcrumbs are asked again (they keep what they got from a partial index). */
  refresh(): void;
}

export function registerOutline(client: LanguageClient, selector: vscode.DocumentSelector): Outline {
  const provider: vscode.DocumentSymbolProvider = {
    async provideDocumentSymbols(document, token) {
      if (vscode.languages.match(selector, document) === 0) return undefined;
      try {
        const symbols = await client.sendRequest(DocumentSymbolRequest.type, client.code2ProtocolConverter.asDocumentSymbolParams(document), token);
        return token.isCancellationRequested ? undefined : client.protocol2CodeConverter.asDocumentSymbols(symbols as DocumentSymbol[] | null, token);
      } catch (error) {
        return client.handleFailedRequest(DocumentSymbolRequest.type, token, error, undefined);
      }
    },
  };
  // VS Code asks symbol providers again when they change, and has no other signal for it: registering anew is that signal
  const register = () => vscode.languages.registerDocumentSymbolProvider('*', provider, { label: 'Dossier' });
  let registration = register();
  return {
    refresh() {
      registration.dispose();
      registration = register();
    },
    dispose: () => registration.dispose(),
  };
}
