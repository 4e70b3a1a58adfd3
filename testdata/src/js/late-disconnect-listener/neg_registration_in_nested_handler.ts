// Negative (exception: the late registration is inside a nested function, not directly
// in the connection callback body): authentication happens in an 'auth' event
// handler, and the connection callback itself is not async.
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';
import { verifyJwt, Claims } from './jwt';

const httpServer = createServer();
const io = new Server(httpServer);
const byUser = new Map<string, Set<string>>();

io.on('connection', (socket: Socket) => {
  socket.on('auth', async (token: string, ack: (ok: boolean) => void) => {
    let claims: Claims;
    try {
      claims = await verifyJwt(token);
    } catch {
      return ack(false);
    }
    if (!byUser.has(claims.sub)) byUser.set(claims.sub, new Set());
    byUser.get(claims.sub)!.add(socket.id);
    socket.on('disconnect', () => {
      byUser.get(claims.sub)?.delete(socket.id);
    });
    ack(true);
  });
});

httpServer.listen(3009);
