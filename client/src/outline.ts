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

export function registerOutline(client: LanguageClient, selector: vscode.DocumentSelector): vscode.Disposable {
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
  return vscode.languages.registerDocumentSymbolProvider('*', provider, { label: 'Dossier' });
}
