// Role: per-agent handler module: ticket fan-out from the shared notifier and presence; "signs off" on a custom 'disconnected' event.
import { notifier } from './notifier.mjs';
import { presence } from './presence.mjs';
import * as metrics from './metrics.mjs';

export function registerAgent(io, socket) {
  const agent = { name: String(socket.handshake.auth?.name ?? 'agent'), team: 'support' };
  const onTicket = (ticket) => {
    metrics.inc('tickets');
    socket.emit('ticket:new', ticket);
  };

  presence.add(socket.id, agent);
  notifier.on('ticket', onTicket);
  io.emit('agents', presence.agents());

  // A custom event the client sends when the agent signs off; it is not the reserved 'disconnect'.
  socket.on('disconnected', () => {
    presence.remove(socket.id);
    io.emit('agents', presence.agents());
  });

  socket.on('disconnect', () => {
    notifier.off('ticket', onTicket);
  });
}
