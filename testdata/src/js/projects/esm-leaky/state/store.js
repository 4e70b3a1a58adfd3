// Role: process-wide state shared by all sockets: cursor positions and the market-data feed emitter.
import { EventEmitter } from 'node:events';

export const cursors = new Map();

export const feed = new EventEmitter();
feed.setMaxListeners(0);

let seq = 0;
setInterval(() => {
  seq += 1;
  feed.emit('quote', { seq, symbol: 'BTC-USD', price: 60000 + Math.round(Math.random() * 500) });
}, 1000);
