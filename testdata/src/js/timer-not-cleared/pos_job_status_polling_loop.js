// timer-not-cleared, positive: a re-arming setTimeout polling loop (poll schedules itself)
// that never checks socket.connected and is not stopped on disconnect.
// The short one-shot welcome setTimeout must not be flagged.
const http = require('http');
const express = require('express');
const socketio = require('socket.io');
const { Queue } = require('bullmq');

const app = express();
const server = http.createServer(app);
const io = socketio(server);
const renderQueue = new Queue('render', { connection: { host: '127.0.0.1', port: 6379 } });
const watchers = new Map();

io.on('connection', (socket) => {
  const userId = socket.handshake.auth.userId;
  watchers.set(socket.id, userId);

  setTimeout(() => socket.emit('welcome', { userId }), 500);

  async function poll() {
    const jobs = await renderQueue.getJobs(['active', 'waiting'], 0, 50);
    const mine = jobs.filter((j) => j.data.userId === userId);
    socket.emit('jobs', mine.map((j) => ({ id: j.id, progress: j.progress })));
    setTimeout(poll, 3000); // want "re-arming setTimeout started for this socket is never cleared"
  }
  poll();

  socket.on('disconnect', () => {
    watchers.delete(socket.id);
  });
});

server.listen(3002);
