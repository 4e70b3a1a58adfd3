// Role: roster helpers shared by the presence handlers; forgetUser is called on the disconnect path.
function onlineList(users) {
  return [...users.values()].map((u) => u.name);
}

function forgetUser(io, users, socketId) {
  if (!users.delete(socketId)) return;
  io.emit('presence:list', onlineList(users));
}

module.exports = { onlineList, forgetUser };
