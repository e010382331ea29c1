// annotd for VS Code: starts `annotd --stdio` for plain text and Markdown documents.
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

// The `annotd` section the server understands: the object under `annotd.settings`, nothing else of the
// extension's own settings (`annotd.path`, `annotd.trace.server` are not annotd keys).
function annotdSettings() {
  return vscode.workspace.getConfiguration('annotd').get('settings') || {};
}

function createClient() {
  const command = vscode.workspace.getConfiguration('annotd').get('path') || 'annotd';
  const serverOptions = { command, args: ['--stdio'] };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    initializationOptions: { annotd: annotdSettings() },
    middleware: {
      workspace: {
        configuration: (params) => params.items.map((item) => (item.section === 'annotd' ? annotdSettings() : null)),
      },
    },
  };
  return new LanguageClient('annotd', 'annotd', serverOptions, clientOptions);
}

async function activate(context) {
  client = createClient();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!client) return;
      if (event.affectsConfiguration('annotd.path')) {
        await client.stop();
        client = createClient();
        await client.start();
      } else if (event.affectsConfiguration('annotd.settings')) {
        await client.sendNotification('workspace/didChangeConfiguration', { settings: { annotd: annotdSettings() } });
      }
    })
  );
  try {
    await client.start();
  } catch (error) {
    vscode.window.showErrorMessage(
      `annotd could not start (${error.message || error}). Is it on PATH, or is "annotd.path" set?`
    );
  }
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
