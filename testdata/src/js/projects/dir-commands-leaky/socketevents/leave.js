// Role: the reserved 'disconnect' event (by the name it exports). It only logs.
module.exports = {
  name: 'disconnect',
  once: true,
  execute(io, socket, reason) {
    console.log(`${socket.id} left: ${reason}`);
  },
};
