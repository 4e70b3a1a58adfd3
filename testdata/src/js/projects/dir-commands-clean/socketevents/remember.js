// Role: 'remember': a remember-me token stored in the accounts database (handed in by the
// loader). A database is not an in-memory structure that outlives the socket.
module.exports = {
  name: 'remember',
  once: false,
  async execute(io, socket, arg, accounts) {
    if (!arg || typeof arg.user !== 'string') return;
    await accounts.set(arg.user, { token: arg.token, lastSocket: socket.id, at: Date.now() });
  },
};
