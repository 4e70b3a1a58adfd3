// listener-not-removed, positive: module-level EventEmitter chat bus. The 'chat' listener is a
// named function removed by reference (fine); the 'typing' listener is an inline arrow and the
// disconnect handler "removes" it with a fresh arrow, a different function reference.
const EventEmitter = require('events');
const express = require('express');
const { createServer } = require('http');
const { Server } = require('socket.io');

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);
const bus = new EventEmitter();
bus.setMaxListeners(0);

app.post('/broadcast', express.json(), (req, res) => {
  bus.emit('chat', { from: 'system', text: req.body.text });
  res.sendStatus(204);
});

io.on('connection', (socket) => {
  const onChat = (msg) => socket.emit('chat', msg);
  bus.on('chat', onChat);
  bus.on('typing', (user) => socket.emit('typing', user)); // want "listener for .typing. added to bus"

  socket.on('chat', (text) => bus.emit('chat', { from: socket.id, text }));
  socket.on('typing', () => bus.emit('typing', socket.id));

  socket.on('disconnect', () => {
    bus.off('chat', onChat);
    bus.off('typing', (user) => socket.emit('typing', user));
  });
});

httpServer.listen(3000);
