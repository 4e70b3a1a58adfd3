// listener-not-removed, negative: inside the per-socket 'render' handler, the completion
// listeners on the module-level queue events emitter are registered with .once(...), which the
// rule does not flag.
const http = require('http');
const express = require('express');
const { Server } = require('socket.io');
const { Queue, QueueEvents } = require('bullmq');

const connection = { host: process.env.REDIS_HOST || '127.0.0.1', port: 6379 };
const renders = new Queue('thumbnails', { connection });
const renderEvents = new QueueEvents('thumbnails', { connection });

const app = express();
const server = http.createServer(app);
const io = new Server(server);

io.on('connection', (socket) => {
  socket.on('render', async (asset, ack) => {
    const job = await renders.add('thumb', { asset, owner: socket.id });
    ack({ jobId: job.id });

    renderEvents.once(`completed:${job.id}`, ({ returnvalue }) => {
      socket.emit('rendered', { jobId: job.id, url: returnvalue });
    });
    renderEvents.once(`failed:${job.id}`, ({ failedReason }) => {
      socket.emit('render-failed', { jobId: job.id, reason: failedReason });
    });
  });

  socket.on('disconnect', () => {
    console.log('render client gone', socket.id);
  });
});

server.listen(3003);
