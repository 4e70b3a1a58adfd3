// Role: entry point: HTTP + socket.io; one PlayerSession per connection; only an explicit 'leave-game' disposes it.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');
const PlayerSession = require('./game/PlayerSession');
const { world } = require('./game/world');
const { SCOREBOARD_MS } = require('./config');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

app.use(express.static('public'));
app.get('/api/players', (req, res) => res.json({ players: world.players.size }));

// One scoreboard broadcast for the whole server, started once at startup.
setInterval(() => io.emit('scoreboard', world.scoreboard()), SCOREBOARD_MS);

io.on('connection', (socket) => {
  const session = new PlayerSession(socket, world);
  socket.emit('welcome', { id: socket.id, state: session.state });

  socket.on('input', (input) => session.queueInput(input));

  socket.on('leave-game', () => {
    session.dispose();
    socket.disconnect(true);
  });

  socket.on('disconnect', (reason) => {
    console.log(`player ${socket.id} gone (${reason})`);
    io.emit('player-left', socket.id);
  });
});

server.listen(process.env.PORT || 8080);
