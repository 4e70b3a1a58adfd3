// unguarded-disconnect-handler, positive: the await is guarded, but the audit write is a
// bare .then() chain with no .catch(), so its rejection is unhandled.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');
const mongoose = require('mongoose');
const { Visit } = require('./models');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

io.on('connection', (socket) => {
  const visit = { page: socket.handshake.query.page, at: new Date() };

  socket.on('disconnect', async (reason) => { // want "outside try/catch"
    try {
      await mongoose.connection.collection('live').deleteOne({ sid: socket.id });
    } catch (err) {
      console.error('live cleanup failed', err);
    }
    Visit.create({ ...visit, endedAt: new Date(), reason }).then(() => {
      io.to('admins').emit('visit-ended', socket.id);
    });
  });
});

mongoose.connect(process.env.MONGO_URL).then(() => server.listen(3002));
