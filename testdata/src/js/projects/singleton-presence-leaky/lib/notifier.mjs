// Role: the process-wide ticket notifier (one EventEmitter shared by the HTTP intake and every agent socket).
import { EventEmitter } from 'node:events';

export const notifier = new EventEmitter();
notifier.setMaxListeners(0);

export function publishTicket(ticket) {
  notifier.emit('ticket', ticket);
}
