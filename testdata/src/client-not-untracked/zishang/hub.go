// Package zishang holds client-not-untracked cases for zishang520/socket.io.
package zishang

import (
	"sync"

	"github.com/zishang520/socket.io/servers/socket/v3"
)

type client struct {
	sock *socket.Socket
	send chan []byte
}

// Hub is the gorilla-style register/unregister hub.
type Hub struct {
	register   chan *client
	unregister chan *client
	mu         sync.Mutex
	players    map[socket.SocketId]*client
}

// Serve wires the hub to the server.
func (h *Hub) Serve(io *socket.Server) {
	// LEAK: registered with the hub, never unregistered.
	io.On("connection", func(clients ...any) {
		s := clients[0].(*socket.Socket)
		c := &client{sock: s, send: make(chan []byte, 8)}
		h.register <- c // want `the connection is added to the hub's register channel, which outlives the socket, and never removed on disconnect: no unregister send`
		s.On("disconnect", func(...any) {})
	})

	// LEAK: the hub's player map keyed by client.Id().
	io.Of("/play", func(clients ...any) {
		s := clients[0].(*socket.Socket)
		h.mu.Lock()
		h.players[s.Id()] = &client{sock: s} // want `an entry keyed by the connection id is added to field zishang.Hub.players`
		h.mu.Unlock()
	})

	// OK: unregistered on disconnect.
	io.Of("/ok", func(clients ...any) {
		s := clients[0].(*socket.Socket)
		c := &client{sock: s, send: make(chan []byte, 8)}
		h.register <- c
		s.On("disconnect", func(...any) { h.unregister <- c })
	})

	// OK: removed in "disconnecting".
	io.Of("/ok2", func(clients ...any) {
		s := clients[0].(*socket.Socket)
		h.mu.Lock()
		h.players[s.Id()] = &client{sock: s}
		h.mu.Unlock()
		s.On("disconnecting", func(...any) {
			h.mu.Lock()
			delete(h.players, s.Id())
			h.mu.Unlock()
		})
	})

	// OK: SetData is collected with the socket.
	io.Of("/ok3", func(clients ...any) {
		s := clients[0].(*socket.Socket)
		s.SetData(&client{sock: s})
		s.Join("lobby")
	})
}
