// Node entry: the transport (node IPC when started by the VS Code client, `--stdio` for other editors)
// is chosen by vscode-languageserver from the command line.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ConfigStore } from './config';
import { startServer } from './setup';
import { WorkspaceRecipients } from './workspaceRecipients';

const connection = createConnection(ProposedFeatures.all);
// Nothing a document contains may take the server down: log and carry on.
process.on('uncaughtException', (error) => connection.console.error(`vanban: uncaught ${error.stack ?? error}`));
startServer(connection, {
  workspaceRecipients: (folders) => new WorkspaceRecipients(folders),
  configFiles: (conn) => new ConfigStore(conn),
});
