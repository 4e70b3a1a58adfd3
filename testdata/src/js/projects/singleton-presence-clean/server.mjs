// Role: entry point: socket.io server for the helpdesk; wires the agent handler module per connection.
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { registerAgent } from './lib/agent.mjs';
import * as metrics from './lib/metrics.mjs';
import { publishTicket } from './lib/notifier.mjs';

const httpServer = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/tickets') {
    publishTicket({ id: Date.now(), subject: 'new ticket' });
    res.writeHead(202).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(metrics.snapshot()));
});

const io = new Server(httpServer);

io.on('connection', (socket) => {
  metrics.inc('connections');
  registerAgent(io, socket);
});

httpServer.listen(3500);
