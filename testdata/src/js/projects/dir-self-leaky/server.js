// Role: entry point; the socket layer is a folder whose index loads its siblings.
const { createServer } = require('http');
const { Server } = require('socket.io');

const httpServer = createServer();
const io = new Server(httpServer);
require('./socket')(io);

httpServer.listen(3000);
