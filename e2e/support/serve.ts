/** Serves the built lab in this process with the lab server of `mirrorlab lab`. */
import type http from 'node:http';
import { createLabServer, listen } from '../../src/lab-server/server.js';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serveLab(root: string, database: string | null): Promise<Served> {
  const server: http.Server = createLabServer({ root, database });
  const url = await listen(server, '127.0.0.1', 0);
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
