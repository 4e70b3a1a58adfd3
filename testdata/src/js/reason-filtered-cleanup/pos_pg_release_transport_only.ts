// reason-filtered-cleanup, positive: a checked-out pg client (held for LISTEN) is released
// only when the reason string mentions the transport; 'ping timeout' and
// 'server shutting down' leave it checked out and the pool eventually starves.
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';
import { Pool, PoolClient } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const httpServer = createServer();
const io = new Server(httpServer);

io.on('connection', async (socket: Socket) => {
  let client: PoolClient | undefined;

  socket.on('disconnect', (reason: string) => {
    if (client && reason.startsWith('transport')) { // want "runs only when"
      client.release();
    }
  });

  client = await pool.connect();
  client.on('notification', (msg) => socket.emit('job', msg.payload));
  await client.query('LISTEN job_updates');
});

httpServer.listen(4200);
