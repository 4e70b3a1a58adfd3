// Positive: the await sits inside a try block (verifying the session with the auth
// service); the disconnect listener is registered after the try/catch, so a client
// that leaves while the verification is pending is never cleaned up.
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { verifySession } from './auth.mjs';

const httpServer = createServer();
const io = new Server(httpServer);
const sessions = new Map();

io.on('connection', async (socket) => {
  let session;
  try {
    session = await verifySession(socket.handshake.auth.token);
  } catch (err) {
    socket.emit('auth-error', err.message);
    socket.disconnect(true);
    return;
  }
  sessions.set(socket.id, session);

  socket.on('whoami', (ack) => ack(session.user));

  socket.on('disconnect', () => { // want "after the await at line 15"
    sessions.delete(socket.id);
  });
});

httpServer.listen(3000);
