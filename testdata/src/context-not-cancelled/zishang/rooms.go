// Package zishang holds context-not-cancelled cases for zishang520/socket.io.
package zishang

import (
	"context"
	"time"

	"github.com/zishang520/socket.io/servers/socket/v3"
)

func follow(ctx context.Context, client *socket.Socket) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
			client.Emit("update")
		}
	}
}

// Serve wires the feed namespaces.
func Serve(io *socket.Server) {
	// LEAK: only the "leave" listener cancels.
	io.On("connection", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		ctx, cancel := context.WithCancel(context.Background()) // want `context.WithCancel escapes the socket handler`
		client.On("leave", func(...any) { cancel() })
		go follow(ctx, client)
	})

	// LEAK: no disconnect listener at all.
	io.Of("/feed", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		ctx, cancel := context.WithTimeout(context.Background(), 12*time.Hour) // want `context.WithTimeout escapes the socket handler and is never called on disconnect \(no disconnect handler`
		client.SetData(cancel)
		go follow(ctx, client)
	})

	// OK: cancelled in the disconnect listener.
	io.Of("/ok", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		ctx, cancel := context.WithCancel(context.Background())
		client.On("disconnect", func(...any) { cancel() })
		go follow(ctx, client)
	})

	// OK: kept with SetData and read back in "disconnecting".
	io.Of("/ok2", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		ctx, cancel := context.WithCancel(context.Background())
		client.SetData(cancel)
		client.On("disconnecting", func(...any) {
			if c, ok := client.Data().(context.CancelFunc); ok {
				c()
			}
		})
		go follow(ctx, client)
	})
}
