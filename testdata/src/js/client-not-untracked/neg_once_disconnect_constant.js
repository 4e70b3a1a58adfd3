// Negative (exception: removal on the disconnect path registered with socket.once and an
// event name given by a same-file constant): the Express-side "kick" endpoint reads the
// sessions map, and the entry is deleted when the socket's disconnect fires.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const EVENTS = {
  REGISTER: 'register',
  DISCONNECT: 'disconnect',
};

const app = express();
const server = http.createServer(app);
const io = new Server(server);

const sessions = new Map();

app.post('/kick/:userId', (req, res) => {
  const socket = sessions.get(req.params.userId);
  if (!socket) return res.sendStatus(404);
  socket.disconnect(true);
  res.sendStatus(204);
});

io.on('connection', (socket) => {
  let userId;

  socket.on(EVENTS.REGISTER, (id) => {
    userId = String(id);
    sessions.set(userId, socket);
  });

  socket.once(EVENTS.DISCONNECT, () => {
    if (userId) sessions.delete(userId);
  });
});

server.listen(3000);
