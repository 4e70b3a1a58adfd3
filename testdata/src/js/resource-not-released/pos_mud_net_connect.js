// resource-not-released, positive: a browser client for a telnet MUD. Each socket opens a TCP
// connection to the game server with net.connect and relays lines both ways. The module exports a
// setup function receiving io; the disconnect handler forgets to end the TCP connection.
const net = require('net');

const MUD_HOST = process.env.MUD_HOST || 'mud.example.org';
const MUD_PORT = Number(process.env.MUD_PORT || 4000);

module.exports = function attachMud(io) {
  const players = io.of('/mud');

  players.on('connection', (socket) => {
    const tcp = net.connect({ host: MUD_HOST, port: MUD_PORT }); // want "connect.*never released"
    tcp.setEncoding('utf8');

    tcp.on('data', (text) => socket.emit('screen', text));
    tcp.on('end', () => socket.emit('screen', '\r\n*** connection closed by server ***\r\n'));

    socket.on('command', (line) => {
      if (typeof line === 'string' && line.length < 512) {
        tcp.write(line.replace(/[\r\n]/g, '') + '\r\n');
      }
    });

    socket.on('disconnect', (reason) => {
      console.log(`mud player ${socket.id} left (${reason})`);
    });
  });
};
