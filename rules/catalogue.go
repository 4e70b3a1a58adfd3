package rules

// where is the convention for the last argument of most templates: the engine
// passes "disconnect handler at FILE:LINE" or "no disconnect handler is
// registered for this socket", so every message says where cleanup belongs.

var catalogue = []*Rule{
	{
		ID:        "timer-not-cleared",
		Title:     "timer started per socket is never cleared on disconnect",
		Langs:     []Lang{JS, Go},
		Severity:  Error,
		Default:   true,
		Precision: "high",
		Summary: "An interval, a re-arming or stored long timeout, a setImmediate loop, or a Go ticker or timer " +
			"kept alive past the handler is started for a socket and never cleared or stopped on the disconnect path. " +
			"One-shot timers and timers that stop themselves when socket.connected is false are fine.",
		Primary: "the call that creates the timer",
		Messages: map[string]string{
			"timer": "%s started for this socket is never cleared on disconnect: no %s on the disconnect path (%s)",
		},
		Implemented: []Lang{JS, Go},
	},
	{
		ID:        "listener-not-removed",
		Title:     "listener on a long-lived emitter is never removed on disconnect",
		Langs:     []Lang{JS, Go},
		Severity:  Error,
		Default:   true,
		Precision: "high",
		Summary: "A listener added inside a socket scope to an emitter that outlives the socket (a module-level or " +
			"imported emitter, process, io, a namespace, io.engine, a shared redis client; zishang520 io.On inside a " +
			"connection handler) with no off/removeListener of the same function, or removeAllListeners of that event, " +
			"on the disconnect path. Listeners on the socket itself, or on emitters created inside the scope, are fine.",
		Primary: "the .on(...) call",
		Messages: map[string]string{
			"listener": "listener for %q added to %s, which outlives the socket, is never removed on disconnect: no %s on the disconnect path (%s)",
		},
		Implemented: []Lang{JS, Go},
	},
	{
		ID:        "client-not-untracked",
		Title:     "socket entry in a long-lived registry is never removed",
		Langs:     []Lang{JS, Go},
		Severity:  Error,
		Default:   true,
		Precision: "high",
		Summary: "The socket, its id, or a value keyed by it is put into a structure that outlives the socket " +
			"(a module-level or gateway-field Map, Set, object or array, nested containers; Go package-level or " +
			"struct-field maps, sync.Map, slices, a hub's register channel) with no removal on the disconnect path. " +
			"WeakMap/WeakSet keyed by the socket, and socket.data, are fine.",
		Primary: "the insertion",
		Messages: map[string]string{
			"insert":    "%s is added to %s, which outlives the socket, and never removed on disconnect: no %s on the disconnect path (%s)",
			"container": "per-key container %s is added to %s, which outlives the socket; the disconnect path removes its members but never the emptied entry (no %s), so every key a client names stays in memory (%s)",
		},
		Implemented: []Lang{JS, Go},
	},
	{
		ID:        "goroutine-not-stopped",
		Title:     "goroutine started per socket is never stopped on disconnect",
		Langs:     []Lang{Go},
		Severity:  Error,
		Default:   true,
		Precision: "high",
		Summary: "A goroutine started from a socket handler loops without end (for {}, for range ticker.C, a channel " +
			"nobody closes) with no exit driven by the disconnect path (a channel closed there, a context cancelled " +
			"there, a PubSub closed there).",
		Primary: "the go statement",
		Messages: map[string]string{
			"goroutine": "goroutine started for this socket %s and nothing on the disconnect path stops it (%s)",
		},
		Implemented: []Lang{Go},
	},
	{
		ID:        "context-not-cancelled",
		Title:     "per-socket context is never cancelled on disconnect",
		Langs:     []Lang{Go},
		Severity:  Error,
		Default:   true,
		Precision: "high",
		Summary: "context.WithCancel/WithTimeout/WithDeadline/WithCancelCause in a socket handler whose cancel " +
			"function escapes the handler (stored, or its context handed to a goroutine) and is not called on the " +
			"disconnect path.",
		Primary: "the With... call",
		Messages: map[string]string{
			"context": "the cancel function of context.%s escapes the socket handler and is never called on disconnect (%s)",
		},
		Implemented: []Lang{Go},
	},
	{
		ID:        "resource-not-released",
		Title:     "per-socket resource is never released on disconnect",
		Langs:     []Lang{JS, Go},
		Severity:  Error,
		Default:   true,
		Precision: "high",
		Summary: "A per-connection resource from the pairs table (pool clients, dedicated DB or redis connections, " +
			"subscriptions, change streams, fs streams and handles, child processes, workers, watchers, outbound " +
			"sockets, RxJS subscriptions; Go files, processes, net.Dial, sql.Conn, go-redis PubSub, redigo conns, " +
			"NATS subscriptions), plus user-declared pairs, acquired in a socket scope, outliving the handler, with " +
			"no release on the disconnect path.",
		Primary: "the acquiring call",
		Messages: map[string]string{
			"resource": "%s acquired for this socket is never released on disconnect: no %s on the disconnect path (%s)",
		},
		Implemented: []Lang{JS, Go},
	},
	{
		ID:        "transaction-not-rolled-back",
		Title:     "transaction begun per socket is never ended on disconnect",
		Langs:     []Lang{JS, Go},
		Severity:  Error,
		Default:   true,
		Precision: "high",
		Summary: "An unmanaged transaction begun in a socket handler and left open beyond it (client.query('BEGIN'), " +
			"knex.transaction() without a handler, unmanaged sequelize, mongoose startSession/startTransaction; Go " +
			"db.Begin/BeginTx stored past the handler) with no rollback/commit, nor cancellation of a BeginTx " +
			"context, on the disconnect path. Managed forms (callback transactions, Prisma $transaction) are fine.",
		Primary: "the begin call",
		Messages: map[string]string{
			"transaction": "transaction begun by %s is left open past the handler and never committed or rolled back on disconnect (%s)",
		},
		Implemented: []Lang{JS, Go},
	},
	{
		ID:        "rooms-read-after-disconnect",
		Title:     "socket rooms read in a disconnect handler, where they are empty",
		Langs:     []Lang{JS, Go},
		Severity:  Error,
		Default:   true,
		Precision: "very-high",
		Summary: "Reading socket.rooms (JS), client.Rooms() (zishang520) or s.Rooms() (googollee) inside a disconnect " +
			"handler, where it is always empty because the socket has already left its rooms; use disconnecting.",
		Primary: "the read",
		Messages: map[string]string{
			"read":      "%s is always empty in a 'disconnect' handler: the socket has already left its rooms; read it in a 'disconnecting' handler instead",
			"googollee": "%s is always empty in OnDisconnect: the connection has already left its rooms; track per-room state yourself",
		},
		Implemented: []Lang{JS, Go},
	},
	{
		ID:        "reason-filtered-cleanup",
		Title:     "disconnect cleanup runs only for some disconnect reasons",
		Langs:     []Lang{JS, Go},
		Severity:  Warning,
		Default:   true,
		Precision: "medium",
		Summary: "A release inside the disconnect handler runs only when a condition on the disconnect reason holds, " +
			"so other disconnect scenarios (transport close, ping timeout, server-initiated) skip it.",
		Primary: "the condition",
		Messages: map[string]string{
			"reason": "cleanup in the disconnect handler runs only when %s; disconnects for other reasons (transport close, ping timeout, server-initiated) skip it",
		},
		Implemented: []Lang{JS, Go},
	},
	{
		ID:        "late-disconnect-listener",
		Title:     "disconnect listener registered after an await",
		Langs:     []Lang{JS},
		Severity:  Error,
		Default:   true,
		Precision: "high",
		Summary: "The disconnect listener is registered after an await in an async connection handler (or after an " +
			"await of an ack without timeout): a client that leaves during the await never triggers cleanup.",
		Primary: "the late registration",
		Messages: map[string]string{
			"await": "disconnect listener registered after the await at line %d: a client that leaves during the await never triggers this cleanup; register it before the first await",
			"ack":   "disconnect listener registered after awaiting an acknowledgement with no timeout (line %d), which never settles if the client leaves; register it first or use socket.timeout(ms)",
		},
		Implemented: []Lang{JS},
	},
	{
		ID:               "untrusted-cleanup-key",
		Title:            "disconnect cleanup keyed by client-controlled data",
		Langs:            []Lang{JS},
		Severity:         Error,
		Default:          true,
		Precision:        "medium",
		Tags:             []string{"security"},
		SecuritySeverity: "6.5",
		Summary: "Disconnect-path cleanup is keyed by client-controlled data (socket.handshake.query/auth/headers, " +
			"values received in event payloads) rather than socket.id or server-verified identity: any client can " +
			"evict another's entry.",
		Primary: "the key expression in the cleanup",
		Messages: map[string]string{
			"key":              "disconnect cleanup is keyed by client-controlled %s: any client can evict another's entry; key it by socket.id or a server-verified identity",
			"lookalike-key":    "cleanup in the custom '%s' event is keyed by client-controlled %s: any client can evict another's entry, and a client that drops never sends the event; key it by socket.id in a 'disconnect' listener",
			"lookalike-target": "cleanup in the custom '%s' event removes from an entry the client picks (%s): a client can name any entry, or one that does not exist, and its own entries stay; look the entry up from server-side state in a 'disconnect' listener",
		},
		Implemented: []Lang{JS},
	},
	{
		ID:        "unguarded-disconnect-handler",
		Title:     "async disconnect handler with unguarded awaits",
		Langs:     []Lang{JS},
		Severity:  Warning,
		Default:   true,
		Precision: "medium",
		Summary: "An async disconnect handler, or a promise chain in one, with awaited work not covered by try/catch " +
			"or .catch: a rejection skips the releases after it and raises unhandledRejection.",
		Primary: "the handler function",
		Messages: map[string]string{
			"await": "async disconnect handler awaits %s outside try/catch: a rejection skips the cleanup after it and raises unhandledRejection",
		},
		Implemented: []Lang{JS},
	},
	{
		ID:               "sensitive-data-retained",
		Title:            "secret kept per socket after disconnect",
		Langs:            []Lang{JS, Go},
		Severity:         Error,
		Default:          true,
		Precision:        "medium",
		Tags:             []string{"security"},
		SecuritySeverity: "5.5",
		Summary: "A structure that outlives the socket keeps secret-like values (token, password, secret, apiKey, " +
			"credential, jwt, cookie, session key) for a socket and does not drop them on the disconnect path.",
		Primary: "the insertion",
		Messages: map[string]string{
			"secret": "%s (secret-like) is kept for this socket in %s, which outlives the socket, and never dropped on disconnect (%s)",
		},
		Implemented: []Lang{JS, Go},
	},
	{
		ID:        "disconnect-not-logged",
		Title:     "disconnect handler records nothing",
		Langs:     []Lang{JS, Go},
		Severity:  Warning,
		Default:   false,
		Precision: "high",
		Summary:   "A disconnect handler that records nothing (no log or audit call), so disconnects leave no trail.",
		Primary:   "the handler",
		Messages: map[string]string{
			"silent": "disconnect handler records nothing: no log or audit call, so disconnects leave no trail",
		},
		Implemented: []Lang{JS},
		NotYet:      "the Go engine does not have it yet",
	},
	{
		ID:        "scattered-disconnect-handlers",
		Title:     "disconnect cleanup spread over several listeners",
		Langs:     []Lang{JS, Go},
		Severity:  Warning,
		Default:   false,
		Precision: "high",
		Summary: "More than one disconnect listener for the same socket scope, spread over files or functions, " +
			"instead of one central cleanup.",
		Primary: "the second and later listeners",
		Messages: map[string]string{
			"again": "another disconnect listener for this socket scope (the first is at %s): keep cleanup in one handler",
		},
		Implemented: []Lang{JS},
		NotYet:      "the Go engine does not have it yet",
	},
	{
		ID:        "parse-error",
		Title:     "file cannot be parsed; findings in it may be incomplete",
		Langs:     []Lang{JS},
		Severity:  Error,
		Default:   true,
		Precision: "very-high",
		Summary:   "A file that does not parse, or cannot be read; the findings in it may be incomplete.",
		Primary:   "the first error node",
		Messages: map[string]string{
			"syntax": "file does not parse (%s); findings in it may be incomplete",
			"read":   "file cannot be read: %s",
			"size":   "file is %d bytes, over the %d-byte limit, and was not analysed",
		},
		Implemented: []Lang{JS},
	},
	{
		ID:        "invalid-ignore",
		Title:     "disconnectlint:ignore directive that cannot apply",
		Langs:     []Lang{JS, Go},
		Severity:  Error,
		Default:   true,
		Precision: "very-high",
		Summary: "A // disconnectlint:ignore directive that is malformed, names an unknown rule, or gives no reason " +
			"after --. It suppresses nothing, so the finding it was meant for is still reported.",
		Primary: "the directive comment",
		Messages: map[string]string{
			"problem": "%s",
		},
		Implemented: []Lang{JS, Go},
	},
	{
		ID:        "unused-ignore",
		Title:     "disconnectlint:ignore directive that suppresses nothing",
		Langs:     []Lang{JS, Go},
		Severity:  Warning,
		Default:   false,
		Precision: "very-high",
		Summary: "A // disconnectlint:ignore directive for a rule that reports nothing on its line or the next one, " +
			"so it hides nothing and will hide a future finding unnoticed. Turned on by --report-unused-ignores.",
		Primary: "the directive comment",
		Messages: map[string]string{
			"problem": "%s",
		},
		Implemented: []Lang{JS, Go},
	},
}
