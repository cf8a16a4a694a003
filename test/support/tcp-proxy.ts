import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP pass-through in front of PostgreSQL, so a test can take "the database" away from the
 * server under test (refused connections, dropped sessions) and bring it back, without touching
 * the cluster other suites share.
 */
export class TcpProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;
  /** When set, new connections are accepted and never answered (a database that hangs). */
  hang = false;
  /**
   * Round trips clients asked of the server so far: frontend messages that make PostgreSQL answer
   * and wait for the next request — a simple Query ('Q') or an extended-protocol Sync ('S').
   * Counted on the wire, whatever the driver or the application believe they sent.
   */
  roundTrips = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** Listens (again) on the same port as before, or on a free one the first time. */
  async start(): Promise<void> {
    const server = createServer((client) => {
      this.sockets.add(client);
      client.on('close', () => this.sockets.delete(client));
      if (this.hang) {
        client.on('error', () => client.destroy());
        return;
      }
      const upstream = connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.on('data', this.frontendCounter());
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** Reads a connection's frontend stream: the untyped startup message, then typed messages. */
  private frontendCounter(): (chunk: Buffer) => void {
    let pending = Buffer.alloc(0);
    let started = false;
    return (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const header = started ? 5 : 4;
        if (pending.length < header) return;
        const length = pending.readInt32BE(started ? 1 : 0) + (started ? 1 : 0);
        if (pending.length < length) return;
        if (started && (pending[0] === 0x51 || pending[0] === 0x53)) this.roundTrips += 1;
        // an SSL or GSS request is answered by one byte and followed by the real startup message
        const code = started ? 0 : pending.readInt32BE(4);
        if (!started && code !== 80877103 && code !== 80877104) started = true;
        pending = pending.subarray(length);
      }
    };
  }

  /** The database "goes down": new connections are refused and open sessions are cut. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** A connection URL like `url` that goes through this proxy. */
  rewrite(url: string): string {
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(this.port);
    return parsed.toString();
  }
}
