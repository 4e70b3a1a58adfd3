// disconnect-not-logged, negative (exception: the same-file helper the handler calls makes
// an audit* call): compliance requires an audit record of every trading-session end.
import { createServer } from 'http';
import { Server, Socket, DisconnectReason } from 'socket.io';
import { auditEvent } from './audit';

const httpServer = createServer();
const io = new Server(httpServer);
const desks = new Map<string, string>(); // socket id -> trader id

function endTradingSession(socket: Socket, reason: DisconnectReason): void {
  const trader = desks.get(socket.id);
  desks.delete(socket.id);
  auditEvent('trading-session-ended', { trader, sid: socket.id, reason });
}

io.of('/desk').on('connection', (socket: Socket) => {
  desks.set(socket.id, String(socket.handshake.auth.traderId));

  socket.on('order', (order: { symbol: string; qty: number }) => {
    io.of('/desk').to('risk').emit('order', { trader: desks.get(socket.id), ...order });
  });

  socket.on('disconnect', (reason: DisconnectReason) => {
    endTradingSession(socket, reason);
  });
});

httpServer.listen(4000);
