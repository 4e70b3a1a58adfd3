// Role: Express admin routes; they publish maintenance notices on the shared bus.
const express = require('express');
const bus = require('../bus');

const router = express.Router();

router.post('/maintenance', express.json(), (req, res) => {
  const { message, startsAt } = req.body;
  bus.emit('maintenance', { message, startsAt });
  res.sendStatus(202);
});

router.get('/health', (req, res) => res.json({ ok: true }));

module.exports = router;
