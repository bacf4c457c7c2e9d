// Raw .txt articles open as Plain Text; this command makes a corpus folder's .txt files open as News articles
// (the `news-article` language: word wrap and highlighting of datelines, dates, quotes and titles), through a
// `files.associations` entry in the workspace settings, which the user can see and undo.
import * as path from 'node:path';
import * as vscode from 'vscode';

export const NEWS_ARTICLE = 'news-article';

/** The `files.associations` glob for the .txt files under `folder` (a path inside a workspace folder). */
export function articlesGlob(folder: vscode.Uri): string {
  const ws = vscode.workspace.getWorkspaceFolder(folder);
  const rel = ws ? path.relative(ws.uri.fsPath, folder.fsPath).split(path.sep).join('/') : '';
  // a glob with a slash is matched against the whole path, so it starts with **/
  return rel ? `**/${rel}/**/*.txt` : '**/*.txt';
}

async function readAsArticles(folder?: vscode.Uri): Promise<void> {
  const target =
    folder ??
    (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Read as News Articles', defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri }))?.[0];
  if (!target) return;
  const ws = vscode.workspace.getWorkspaceFolder(target);
  if (!ws) {
    void vscode.window.showErrorMessage(`Dossier: ${target.fsPath} is not inside a workspace folder, so there are no workspace settings to add it to.`);
    return;
  }
  const glob = articlesGlob(target);
  // files.associations is a window setting, so it goes to the workspace's settings, not one folder's
  const config = vscode.workspace.getConfiguration('files');
  const current = config.inspect<Record<string, string>>('associations')?.workspaceValue ?? {};
  await config.update('associations', { ...current, [glob]: NEWS_ARTICLE }, vscode.ConfigurationTarget.Workspace);
  // documents already open keep the language they opened with
  const under = target.fsPath + path.sep;
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.uri.scheme === 'file' && doc.uri.fsPath.startsWith(under) && doc.uri.fsPath.endsWith('.txt') && doc.languageId !== NEWS_ARTICLE) {
      await vscode.languages.setTextDocumentLanguage(doc, NEWS_ARTICLE);
    }
  }
  void vscode.window.showInformationMessage(`Dossier: .txt files under ${vscode.workspace.asRelativePath(target)} now open as News articles ("files.associations": "${glob}").`);
}

export function registerArticleLanguage(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('dossier.readFolderAsArticles', readAsArticles));
}
