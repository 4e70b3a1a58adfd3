// Role: in-repo workspace package (required as a directory, resolved through its package.json "main"): append-only audit trail.
const MAX_ENTRIES = 10000;
const trail = [];

function record(action, details) {
  trail.push({ action, details, at: new Date().toISOString() });
  if (trail.length > MAX_ENTRIES) trail.shift();
}

function recent(n = 50) {
  return trail.slice(-n);
}

module.exports = { record, recent };
