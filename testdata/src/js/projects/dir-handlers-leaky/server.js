// Role: entry point. Each module of handlers/ is called with (io, socket) for every
// connection, found by listing the folder rather than by name.
const fs = require('fs');
const path = require('path');
const http = require('http');
const express = require('express');
const { Server } = require('socket.io');

const app = express();
const httpServer = http.createServer(app);
const io = new Server(httpServer);
const handlersDir = path.join(__dirname, 'handlers');

io.on('connection', (socket) => {
  for (const file of fs.readdirSync(handlersDir)) {
    if (!file.endsWith('.js')) continue;
    require(path.join(handlersDir, file))(io, socket);
  }
});

httpServer.listen(process.env.PORT || 3000);
