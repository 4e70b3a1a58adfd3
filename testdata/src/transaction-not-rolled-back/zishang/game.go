// Package zishang holds transaction-not-rolled-back cases for zishang520.
package zishang

import (
	"database/sql"

	"github.com/zishang520/socket.io/servers/socket/v3"
)

// Serve wires the match namespaces.
func Serve(io *socket.Server, db *sql.DB) {
	// LEAK: the "save" listener commits, a client that drops never does.
	io.Of("/match", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		tx, err := db.Begin() // want `transaction begun by db.Begin is left open past the handler and never committed or rolled back on disconnect \(no disconnect handler`
		if err != nil {
			return
		}
		client.On("save", func(...any) { tx.Commit() })
	})

	// OK: rolled back in the disconnect listener.
	io.Of("/match-ok", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		tx, err := db.Begin()
		if err != nil {
			return
		}
		client.On("save", func(...any) { tx.Commit() })
		client.On("disconnect", func(...any) { tx.Rollback() })
	})

	// OK: kept with SetData, rolled back in "disconnecting".
	io.Of("/draft", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		tx, _ := db.Begin()
		client.SetData(tx)
		client.On("disconnecting", func(...any) { client.Data().(*sql.Tx).Rollback() })
	})
}
