// Package zishang holds goroutine-not-stopped cases for zishang520/socket.io.
package zishang

import (
	"context"
	"log"
	"time"

	"github.com/zishang520/socket.io/servers/socket/v3"
)

// Presence streams who is online to each client.
func Presence(io *socket.Server) {
	// LEAK: the disconnect listener only logs.
	io.On("connection", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		ticker := time.NewTicker(2 * time.Second)
		go func() { // want `goroutine started for this socket ranges over a channel that is never closed`
			for range ticker.C {
				client.Emit("presence", "online")
			}
		}()
		client.On("disconnect", func(reason ...any) {
			log.Println("gone", client.Id(), reason[0])
		})
	})

	// LEAK: stop only on the client's "leave" event.
	io.Of("/rooms", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		done := make(chan struct{})
		client.On("leave", func(...any) { close(done) })
		go func() { // want `waits on a channel that is never closed on disconnect`
			for {
				select {
				case <-done:
					return
				case <-time.After(time.Second):
					client.Emit("rooms")
				}
			}
		}()
	})

	// LEAK: a game loop with no disconnect listener at all.
	io.Of("/game", nil).On("connection", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		go stateLoop(client) // want `goroutine started for this socket loops forever`
	})
}

func stateLoop(client *socket.Socket) {
	for {
		time.Sleep(16 * time.Millisecond)
		client.Emit("state", 1)
	}
}

// PresenceFixed stops every goroutine.
func PresenceFixed(io *socket.Server) {
	// OK: closed in the disconnect listener.
	io.Of("/ok1", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		done := make(chan struct{})
		ticker := time.NewTicker(time.Second)
		go func() {
			defer ticker.Stop()
			for {
				select {
				case <-done:
					return
				case <-ticker.C:
					client.Emit("tick")
				}
			}
		}()
		client.On("disconnect", func(...any) { close(done) })
	})

	// OK: the loop stops itself once the socket is disconnected.
	io.Of("/ok2", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		go func() {
			for {
				if !client.Connected() {
					return
				}
				time.Sleep(time.Second)
				client.Emit("tick")
			}
		}()
	})

	// OK: the context is cancelled in "disconnecting" (Once also counts).
	io.Of("/ok3", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		ctx, cancel := context.WithCancel(context.Background())
		client.Once("disconnecting", func(...any) { cancel() })
		go watch(ctx, client)
	})
}

func watch(ctx context.Context, client *socket.Socket) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
			client.Emit("watch")
		}
	}
}
