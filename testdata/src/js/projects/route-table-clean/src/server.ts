// Role: entry point: HTTP + socket.io server; registers the imported route table per connection.
import { createServer } from 'http';
import { Server } from 'socket.io';
import { app } from './app';
import { routes } from './routes';

const httpServer = createServer(app);
const io = new Server(httpServer, { pingTimeout: 10000 });

io.on('connection', (socket) => {
  socket.on('join', routes.join);
  socket.on('leave', routes.leave);
  socket.on('say', routes.say);
  socket.on('disconnecting', routes.disconnecting);
});

httpServer.listen(Number(process.env.PORT ?? 3300), () => {
  console.log('lobby server up');
});
