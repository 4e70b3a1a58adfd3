// Package zishang holds reason-filtered-cleanup cases for zishang520.
package zishang

import (
	"context"
	"log"
	"strings"
	"time"

	"github.com/zishang520/socket.io/servers/socket/v3"
)

func cleanup(t *time.Ticker) { t.Stop() }

// Leaky filters cleanup on the reason.
func Leaky(io *socket.Server) {
	io.On("connection", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		t := time.NewTicker(time.Second)
		ctx, cancel := context.WithCancel(context.Background())
		_ = ctx
		client.On("disconnect", func(reason ...any) {
			if reason[0] == "client namespace disconnect" { // want `runs only when reason\[0\] == "client namespace disconnect"`
				cleanup(t)
			}
		})
		client.On("disconnecting", func(reason ...any) {
			if strings.Contains(reason[0].(string), "transport") { // want `runs only when strings.Contains\(reason\[0\].\(string\), "transport"\)`
				cancel()
			}
		})
	})
	io.Of("/match", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		t := time.NewTicker(time.Second)
		client.On("disconnect", func(reason ...any) {
			r, _ := reason[0].(string)
			if r == "server shutting down" { // want `runs only when r == "server shutting down"`
				return
			}
			t.Stop()
		})
	})
}

// Fixed releases unconditionally.
func Fixed(io *socket.Server) {
	io.Of("/ok", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		t := time.NewTicker(time.Second)
		client.On("disconnect", func(reason ...any) {
			t.Stop()
			if r, ok := reason[0].(string); ok && r == "ping timeout" {
				log.Println("client timed out", client.Id())
			}
		})
	})
	io.Of("/ok2", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		t := time.NewTicker(time.Second)
		client.On("disconnect", func(reason ...any) {
			defer t.Stop()
			log.Println("left:", reason[0])
		})
	})
	io.Of("/ok3", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		t := time.NewTicker(time.Second)
		client.On("disconnect", func(reason ...any) {
			if client.Recovered() {
				log.Println("recovered session")
			}
			t.Stop()
		})
	})
}
