// timer-not-cleared, negative: a plain `ws` WebSocketServer, not socket.io. wss.on('connection')
// is not a socket.io connection scope, so its heartbeat interval (released in ws 'close') is ignored.
const http = require('http');
const express = require('express');
const { WebSocketServer } = require('ws');

const app = express();
const server = http.createServer(app);
const wss = new WebSocketServer({ server, path: '/feed' });

app.get('/health', (req, res) => res.send('ok'));

wss.on('connection', (ws, req) => {
  ws.isAlive = true;
  ws.on('pong', () => {
    ws.isAlive = true;
  });

  const heartbeat = setInterval(() => {
    if (!ws.isAlive) return ws.terminate();
    ws.isAlive = false;
    ws.ping();
  }, 30000);

  const feed = setInterval(() => {
    ws.send(JSON.stringify({ type: 'tick', at: Date.now(), from: req.socket.remoteAddress }));
  }, 1000);

  ws.on('message', (raw) => {
    const msg = JSON.parse(raw.toString());
    if (msg.type === 'ping') ws.send(JSON.stringify({ type: 'pong' }));
  });

  ws.on('close', () => {
    clearInterval(heartbeat);
    clearInterval(feed);
  });
});

server.listen(8081);
