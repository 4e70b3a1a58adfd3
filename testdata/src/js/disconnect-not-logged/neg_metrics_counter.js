// disconnect-not-logged, negative (exception: metrics.* call): disconnects are recorded as
// a Prometheus counter labelled by reason, and the gauge of open sockets is decremented.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');
const client = require('prom-client');

const metrics = {
  connected: new client.Gauge({ name: 'ws_connected', help: 'open sockets' }),
  disconnects: new client.Counter({ name: 'ws_disconnects_total', help: 'disconnects', labelNames: ['reason'] }),
};

const app = express();
const server = http.createServer(app);
const io = new Server(server);

app.get('/metrics', async (req, res) => {
  res.set('Content-Type', client.register.contentType);
  res.end(await client.register.metrics());
});

io.on('connection', (socket) => {
  metrics.connected.inc();

  socket.on('disconnect', (reason) => {
    metrics.connected.dec();
    metrics.disconnects.inc({ reason });
  });
});

server.listen(3003);
