// Role: game tuning constants shared by the server and the game modules.
module.exports = {
  TICK_MS: 50,
  SCOREBOARD_MS: 1000,
  ARENA: { width: 1600, height: 900 },
  MAX_SPEED: 6,
};
