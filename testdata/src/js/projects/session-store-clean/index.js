// Role: entry point; the session store (redis-backed, keyed by the cookie session id) is
// handed to the socket handlers.
const http = require('http');
const session = require('express-session');
const { Server } = require('socket.io');
const registerRoomHandlers = require('./handlers/room');

const store = require('./store')(session);
const io = new Server(http.createServer());

io.on('connection', (socket) => {
  registerRoomHandlers(io, socket, store);
});
