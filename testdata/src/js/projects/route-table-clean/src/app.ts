// Role: the Express app: health check and a read-only lobby listing.
import express from 'express';
import { lobbies, roster } from './store';

export const app = express();

app.get('/health', (_req, res) => res.json({ ok: true }));

app.get('/api/lobbies', (_req, res) => {
  res.json([...lobbies.keys()].map((name) => ({ name, members: roster(name) })));
});
