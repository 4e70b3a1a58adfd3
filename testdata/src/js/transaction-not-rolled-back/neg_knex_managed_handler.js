// transaction-not-rolled-back, negative: exception "managed knex transaction": knex.transaction
// (async (trx) => ...) commits when the handler's promise resolves and rolls back when it rejects.
const http = require('http');
const express = require('express');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

io.on('connection', (socket) => {
  const userId = socket.handshake.auth.userId;

  socket.on('transfer', async ({ to, amount }, ack) => {
    try {
      const balance = await knex.transaction(async (trx) => {
        const from = await trx('accounts').where({ user_id: userId }).forUpdate().first();
        if (!from || from.balance < amount) throw new Error('insufficient funds');
        await trx('accounts').where({ user_id: userId }).decrement('balance', amount);
        await trx('accounts').where({ user_id: to }).increment('balance', amount);
        await trx('ledger').insert({ from: userId, to, amount });
        return from.balance - amount;
      });
      ack({ ok: true, balance });
      io.to(`user:${to}`).emit('received', { from: userId, amount });
    } catch (err) {
      ack({ ok: false, error: err.message });
    }
  });

  socket.join(`user:${userId}`);
});

server.listen(3000);
