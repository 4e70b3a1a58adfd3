// Role: entry point; a socket event stores a per-user token through the settings model.
const { Server } = require('socket.io');
const Settings = require('./settings');

const io = new Server(3000);

io.on('connection', (socket) => {
  socket.on('saveApiToken', async (userId, token) => {
    await Settings.set(`apiToken:${userId}`, { token, savedBy: socket.id });
  });
});
