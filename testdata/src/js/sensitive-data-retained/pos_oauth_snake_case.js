// sensitive-data-retained, positive: OAuth grants are cached per user with snake_case
// access_token / refresh_token fields. The disconnect removes the user from `online` only.
const http = require('http');
const { Server } = require('socket.io');
const { exchangeCode } = require('./oauth');

const server = http.createServer();
const io = new Server(server);

const grants = {}; // socket id -> oauth grant
const online = new Set();

io.on('connection', (socket) => {
  online.add(socket.id);

  socket.on('oauth:code', async (code, ack) => {
    const { access_token, refresh_token, expires_in } = await exchangeCode(code);
    grants[socket.id] = { access_token, refresh_token, expiresAt: Date.now() + expires_in * 1000 }; // want "secret-like"
    ack({ ok: true });
  });

  socket.on('disconnect', () => {
    online.delete(socket.id);
  });
});

server.listen(3002);
