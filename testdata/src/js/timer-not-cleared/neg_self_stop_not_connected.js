// timer-not-cleared, negative: the metrics polling interval stops itself as soon as
// socket.connected is false (if (!socket.connected) return clearInterval(timer)), so it needs no
// disconnect handler.
const http = require('http');
const { Server } = require('socket.io');
const { collectDefaultMetrics, register } = require('prom-client');

collectDefaultMetrics();

const server = http.createServer(async (req, res) => {
  if (req.url === '/metrics') {
    res.setHeader('content-type', register.contentType);
    return res.end(await register.metrics());
  }
  res.statusCode = 404;
  res.end();
});

const io = new Server(server);

io.of('/dashboard').on('connection', (socket) => {
  const timer = setInterval(async () => {
    if (!socket.connected) return clearInterval(timer);
    const metrics = await register.getMetricsAsJSON();
    socket.emit('metrics', metrics.filter((m) => m.name.startsWith('process_')));
  }, 2000);

  socket.on('refresh', async (ack) => {
    ack(await register.getMetricsAsJSON());
  });
});

server.listen(9100);
