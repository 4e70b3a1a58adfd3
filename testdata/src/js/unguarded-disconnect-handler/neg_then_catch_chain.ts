// unguarded-disconnect-handler, negative (exception: a .then().catch() chain): the
// disconnect handler persists the session with a promise chain that ends in .catch().
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const httpServer = createServer();
const io = new Server(httpServer);

io.on('connection', (socket: Socket) => {
  const connectedAt = Date.now();
  const userId: string = socket.handshake.auth.userId;

  socket.on('disconnect', (reason: string) => {
    pool
      .query('INSERT INTO sessions (user_id, seconds, reason) VALUES ($1, $2, $3)', [
        userId,
        Math.round((Date.now() - connectedAt) / 1000),
        reason,
      ])
      .then(() => io.to('admins').emit('session-closed', userId))
      .catch((err: Error) => console.error('session insert failed', err.message));
  });
});

httpServer.listen(4000);
