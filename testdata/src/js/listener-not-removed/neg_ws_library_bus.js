// listener-not-removed, negative: a plain `ws` WebSocketServer, not socket.io. wss.on('connection')
// is not a socket.io connection scope, so the per-client listeners on the module-level bus and on
// process are out of this rule's scope.
const http = require('http');
const { EventEmitter } = require('events');
const { WebSocketServer } = require('ws');

const bus = new EventEmitter();
const server = http.createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/notify') {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      bus.emit('notify', body);
      res.end('ok');
    });
    return;
  }
  res.end('ws notifications');
});

const wss = new WebSocketServer({ server });

wss.on('connection', (ws) => {
  const onNotify = (text) => ws.send(JSON.stringify({ type: 'notify', text }));
  bus.on('notify', onNotify);
  process.on('SIGTERM', () => ws.close(1001, 'server restarting'));

  ws.on('message', (raw) => bus.emit('notify', raw.toString()));
  ws.on('close', () => bus.off('notify', onNotify));
});

server.listen(8082);
