// Package zishang holds timer-not-cleared cases for zishang520/socket.io.
package zishang

import (
	"sync"
	"time"

	"github.com/zishang520/socket.io/servers/socket/v3"
)

// Hub keeps per-player state for the game server.
type Hub struct {
	mu      sync.Mutex
	tickers map[socket.SocketId]*time.Ticker
}

// Game wires the game namespace.
func (h *Hub) Game(io *socket.Server) {
	// LEAK: kept in the hub, stopped only when the player leaves a match.
	io.Of("/game", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		h.mu.Lock()
		h.tickers[client.Id()] = time.NewTicker(time.Second / 30) // want `time.NewTicker started for this socket is never cleared`
		h.mu.Unlock()
		client.On("leave-match", func(...any) {
			h.mu.Lock()
			h.tickers[client.Id()].Stop()
			h.mu.Unlock()
		})
		client.On("disconnect", func(...any) {})
	})

	// OK: stopped in the disconnect listener.
	io.Of("/spectate", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		h.mu.Lock()
		h.tickers[client.Id()] = time.NewTicker(time.Second)
		h.mu.Unlock()
		client.On("disconnect", func(...any) {
			h.mu.Lock()
			defer h.mu.Unlock()
			h.tickers[client.Id()].Stop()
			delete(h.tickers, client.Id())
		})
	})

	// OK: the ticker is stopped by a goroutine that ends with the socket.
	io.On("connection", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		t := time.NewTicker(time.Second)
		go func() {
			defer t.Stop()
			for range t.C {
				if !client.Connected() {
					return
				}
				client.Emit("ping")
			}
		}()
	})
}
