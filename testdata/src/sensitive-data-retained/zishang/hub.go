// Package zishang holds sensitive-data-retained cases for zishang520.
package zishang

import (
	"sync"

	"github.com/zishang520/socket.io/servers/socket/v3"
)

// Hub keeps per-player data.
type Hub struct {
	mu    sync.Mutex
	creds map[socket.SocketId]any
}

// Serve wires the hub.
func (h *Hub) Serve(io *socket.Server) {
	io.On("connection", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		h.mu.Lock()
		h.creds[client.Id()] = client.Handshake().Auth["token"] // want `token \(secret-like\) is kept for this socket in field zishang.Hub.creds`
		h.mu.Unlock()
	})
	io.Of("/ok", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		client.SetData(client.Handshake().Auth["token"])
		h.mu.Lock()
		h.creds[client.Id()] = client.Handshake().Auth["token"]
		h.mu.Unlock()
		client.On("disconnect", func(...any) {
			h.mu.Lock()
			delete(h.creds, client.Id())
			h.mu.Unlock()
		})
	})
}
