// Package googollee holds client-not-untracked cases for go-socket.io.
package googollee

import (
	"log"
	"sync"

	socketio "github.com/googollee/go-socket.io"

	"client-not-untracked/registry"
)

type user struct {
	conn socketio.Conn
	name string
}

var (
	mu       sync.RWMutex
	sessions = map[string]*user{}
	byName   = map[string]socketio.Conn{}
	rooms    = map[string]map[string]bool{}
	online   []socketio.Conn
	typing   sync.Map
)

// Leaky is a chat server that forgets to untrack its clients.
func Leaky(server *socketio.Server) {
	// LEAK: keyed by s.ID(), OnDisconnect only logs.
	server.OnConnect("/", func(s socketio.Conn) error {
		mu.Lock()
		sessions[s.ID()] = &user{conn: s} // want `an entry keyed by the connection id is added to package-level variable googollee.sessions, which outlives the socket, and never removed on disconnect: no delete on the disconnect path \(disconnect handler at presence.go:\d+\)`
		mu.Unlock()
		return nil
	})
	server.OnDisconnect("/", func(s socketio.Conn, reason string) {
		log.Println("disconnected", s.ID(), reason)
	})

	// LEAK: the map holds the connection, keyed by the user name.
	server.OnEvent("/", "login", func(s socketio.Conn, name string) {
		mu.Lock()
		byName[name] = s // want `the connection is added to package-level variable googollee.byName`
		mu.Unlock()
	})

	// LEAK: nested per-room membership.
	server.OnEvent("/", "join", func(s socketio.Conn, room string) {
		s.Join(room)
		mu.Lock()
		if rooms[room] == nil {
			rooms[room] = map[string]bool{}
		}
		rooms[room][s.ID()] = true // want `an entry keyed by the connection id is added to an element of googollee.rooms`
		mu.Unlock()
	})

	// LEAK: package-level slice of connections.
	server.OnConnect("/lobby", func(s socketio.Conn) error {
		mu.Lock()
		online = append(online, s) // want `the connection is added to package-level variable googollee.online`
		mu.Unlock()
		return nil
	})

	// LEAK: sync.Map Store with no Delete.
	server.OnEvent("/lobby", "typing", func(s socketio.Conn) {
		typing.Store(s.ID(), true) // want `an entry keyed by the connection id is added to package-level variable googollee.typing.*no Delete`
	})

	// LEAK: removal only in OnError, which is not the disconnect path.
	server.OnConnect("/support", func(s socketio.Conn) error {
		mu.Lock()
		sessions[s.ID()] = &user{conn: s} // want `an entry keyed by the connection id is added to package-level variable googollee.sessions`
		mu.Unlock()
		return nil
	})
	server.OnError("/support", func(s socketio.Conn, err error) {
		mu.Lock()
		delete(sessions, s.ID())
		mu.Unlock()
	})
}

// Fixed untracks every client on disconnect.
func Fixed(server *socketio.Server, reg *registry.Registry) {
	// OK: deleted on disconnect, "" is the root namespace too.
	server.OnConnect("/chat", func(s socketio.Conn) error {
		mu.Lock()
		sessions[s.ID()] = &user{conn: s}
		byName[s.ID()] = s
		mu.Unlock()
		return nil
	})
	server.OnDisconnect("/chat", func(s socketio.Conn, reason string) {
		mu.Lock()
		defer mu.Unlock()
		delete(sessions, s.ID())
		delete(byName, s.ID())
	})

	// OK: the registry in another package removes the entry; the set is
	// cleared through a helper of that package too.
	server.OnConnect("/presence", func(s socketio.Conn) error {
		reg.Add(s.ID(), "anon")
		registry.Online.Store(s.ID(), s)
		return nil
	})
	server.OnDisconnect("/presence", func(s socketio.Conn, reason string) {
		reg.Remove(s.ID())
		registry.Forget(s.ID())
	})

	// OK: the slice is filtered on disconnect.
	server.OnConnect("/arena", func(s socketio.Conn) error {
		mu.Lock()
		online = append(online, s)
		mu.Unlock()
		return nil
	})
	server.OnDisconnect("/arena", func(s socketio.Conn, reason string) {
		mu.Lock()
		defer mu.Unlock()
		kept := online[:0]
		for _, c := range online {
			if c.ID() != s.ID() {
				kept = append(kept, c)
			}
		}
		online = kept
	})

	// OK: per-connection state lives in the connection context.
	server.OnConnect("/game", func(s socketio.Conn) error {
		s.SetContext(&user{conn: s})
		s.Join("lobby") // rooms are left automatically
		local := map[string]socketio.Conn{}
		local[s.ID()] = s
		return nil
	})

	// OK: keyed by room name, holding no connection: not per-socket state.
	server.OnEvent("/game", "create", func(s socketio.Conn, room string) {
		mu.Lock()
		rooms[room] = map[string]bool{}
		mu.Unlock()
	})

	// OK: the last OnDisconnect (which deletes) wins.
	server.OnConnect("/typing", func(s socketio.Conn) error {
		typing.Store(s.ID(), true)
		return nil
	})
	server.OnDisconnect("/typing", func(s socketio.Conn, reason string) {})
	server.OnDisconnect("/typing", func(s socketio.Conn, reason string) {
		typing.Delete(s.ID())
	})
}
