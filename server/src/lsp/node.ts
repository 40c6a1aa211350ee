// Node entry: the transport (node IPC when started by the VS Code client, `--stdio` for other editors)
// is chosen by vscode-languageserver from the command line.

import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { ConfigStore } from './config';
import { startServer } from './setup';
import { WorkspaceRecipients } from './workspaceRecipients';

/**
 * Over stdio the server reads framed messages itself, so a frame it cannot read ends it: after a header
 * without a numeric Content-Length the stream is out of step for good, and the reader would otherwise stay
 * silent while the server lives on deaf (issue 12). The process exits with status 1 and says why on
 * standard error; the client sees the server stop and reports it (and VS Code restarts it).
 */
function stdioConnection() {
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  reader.onError((error) => {
    process.stderr.write(`vanban: unreadable message from the client, stopping: ${error.message}\n`);
    process.exit(1);
  });
  return createConnection(ProposedFeatures.all, reader, writer);
}

const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
// Nothing a document contains may take the server down: log and carry on.
process.on('uncaughtException', (error) => connection.console.error(`vanban: uncaught ${error.stack ?? error}`));
startServer(connection, {
  workspaceRecipients: (folders) => new WorkspaceRecipients(folders),
  configFiles: (conn) => new ConfigStore(conn),
});
