// sensitive-data-retained, negative (exception: the disconnect path reassigns the array
// with filter, which drops the pending login and the TOTP secret it holds).
const http = require('http');
const { Server } = require('socket.io');
const { authenticator } = require('otplib');
const { findUser } = require('./users');

const server = http.createServer();
const io = new Server(server);
let pendingLogins = [];

io.on('connection', (socket) => {
  socket.on('begin-login', async ({ username }, ack) => {
    const user = await findUser(username).catch(() => null);
    if (!user) return ack({ ok: false });
    pendingLogins.push({ socketId: socket.id, userId: user.id, secret: user.totpSecret });
    ack({ ok: true, mfa: true });
  });

  socket.on('mfa', (code, ack) => {
    const p = pendingLogins.find((l) => l.socketId === socket.id);
    ack({ ok: Boolean(p && authenticator.check(String(code), p.secret)) });
  });

  socket.on('disconnect', () => {
    pendingLogins = pendingLogins.filter((l) => l.socketId !== socket.id);
  });
});

server.listen(3004);
