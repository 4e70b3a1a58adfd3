// Positive: handler module that receives `io`; the async connection callback joins the
// user's team rooms from the database and registers 'disconnecting' after the await.
const Team = require('../models/team');

module.exports = (io) => {
  const onlineByTeam = new Map();

  io.on('connection', async (socket) => {
    const { userId } = socket.handshake.auth;
    const teams = await Team.find({ members: userId }).lean();
    for (const team of teams) {
      socket.join(`team:${team._id}`);
      onlineByTeam.set(String(team._id), (onlineByTeam.get(String(team._id)) || 0) + 1);
    }

    socket.on('disconnecting', () => { // want "after the await at line 10"
      for (const room of socket.rooms) {
        if (!room.startsWith('team:')) continue;
        const id = room.slice(5);
        onlineByTeam.set(id, Math.max(0, (onlineByTeam.get(id) || 1) - 1));
        io.to(room).emit('team-online', onlineByTeam.get(id));
      }
    });
  });
};
