// resource-not-released, negative: exception "exec / execFile with a timeout option end by
// themselves". A network tools panel runs bounded one-shot commands per request.
const http = require('http');
const { exec, execFile } = require('child_process');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server);
const HOST_RE = /^[a-z0-9.-]{1,253}$/i;

io.of('/tools').on('connection', (socket) => {
  socket.on('ping-host', (host, ack) => {
    if (!HOST_RE.test(host)) return ack({ error: 'bad host' });
    execFile('ping', ['-c', '4', host], { timeout: 8000 }, (err, stdout) => {
      ack({ ok: !err, output: stdout });
    });
  });

  socket.on('dig', (host, ack) => {
    if (!HOST_RE.test(host)) return ack({ error: 'bad host' });
    exec(`dig +short ${host}`, { timeout: 5000, maxBuffer: 64 * 1024 }, (err, stdout) => {
      ack({ ok: !err, records: stdout.trim().split('\n').filter(Boolean) });
    });
  });

  socket.on('uptime', (ack) => {
    exec('uptime', { timeout: 2000 }, (err, stdout) => ack(err ? null : stdout.trim()));
  });
});

server.listen(3005);
