// resource-not-released, negative: exception "not a socket.io server": a plain `ws` server whose
// connections each spawn a tail process. `wss.on('connection')` is not a socket.io connection
// scope, so this rule has nothing to say here (the socket.io part only joins rooms).
const http = require('http');
const { spawn } = require('child_process');
const { WebSocketServer } = require('ws');
const { Server } = require('socket.io');

const server = http.createServer();
const wss = new WebSocketServer({ noServer: true });
const io = new Server(server, { path: '/socket.io' });

server.on('upgrade', (req, sock, head) => {
  if (req.url.startsWith('/raw-logs')) {
    wss.handleUpgrade(req, sock, head, (ws) => wss.emit('connection', ws, req));
  }
});

wss.on('connection', (ws) => {
  const tail = spawn('tail', ['-F', '/var/log/syslog']);
  tail.stdout.on('data', (d) => ws.send(d.toString()));
  ws.on('close', () => tail.kill());
});

io.on('connection', (socket) => {
  socket.on('join', (room) => socket.join(String(room)));
});

server.listen(3312);
