// untrusted-cleanup-key, negative (exception: socket.data.userId is set by server-side auth
// middleware after verifying the JWT, so it is a server-verified identity).
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';
import jwt from 'jsonwebtoken';

interface SocketData {
  userId: string;
  role: 'agent' | 'customer';
}

const httpServer = createServer();
const io = new Server<any, any, any, SocketData>(httpServer);
const agents = new Map<string, string>(); // userId -> socket id

io.use((socket, next) => {
  try {
    const claims = jwt.verify(socket.handshake.auth.token, process.env.JWT_SECRET!) as jwt.JwtPayload;
    socket.data.userId = String(claims.sub);
    socket.data.role = claims.role === 'agent' ? 'agent' : 'customer';
    next();
  } catch {
    next(new Error('unauthorized'));
  }
});

io.on('connection', (socket: Socket<any, any, any, SocketData>) => {
  if (socket.data.role === 'agent') agents.set(socket.data.userId, socket.id);

  socket.on('disconnect', () => {
    agents.delete(socket.data.userId);
  });
});

httpServer.listen(4000);
