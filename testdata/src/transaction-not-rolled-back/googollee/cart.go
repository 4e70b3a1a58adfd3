// Package googollee holds transaction-not-rolled-back cases for go-socket.io.
package googollee

import (
	"context"
	"database/sql"
	"log"
	"sync"

	socketio "github.com/googollee/go-socket.io"
)

type checkout struct {
	tx     *sql.Tx
	cancel context.CancelFunc
}

var (
	mu  sync.Mutex
	txs = map[string]*sql.Tx{}
)

func rollback(id string) {
	mu.Lock()
	defer mu.Unlock()
	if tx := txs[id]; tx != nil {
		tx.Rollback()
		delete(txs, id)
	}
}

// Leaky keeps transactions open across events.
func Leaky(server *socketio.Server, db *sql.DB) {
	// LEAK: committed only by the "checkout" event.
	server.OnConnect("/cart", func(s socketio.Conn) error {
		tx, err := db.BeginTx(context.Background(), nil) // want `transaction begun by db.BeginTx is left open past the handler and never committed or rolled back on disconnect \(disconnect handler at cart.go:\d+\)`
		if err != nil {
			return err
		}
		s.SetContext(&checkout{tx: tx})
		return nil
	})
	server.OnEvent("/cart", "checkout", func(s socketio.Conn) {
		s.Context().(*checkout).tx.Commit()
	})
	server.OnDisconnect("/cart", func(s socketio.Conn, reason string) {
		log.Println("cart closed", s.ID())
	})

	// LEAK: kept by connection id, no disconnect handler.
	server.OnEvent("/orders", "begin", func(s socketio.Conn) {
		tx, _ := db.Begin() // want `transaction begun by db.Begin is left open past the handler`
		mu.Lock()
		txs[s.ID()] = tx
		mu.Unlock()
	})

	// LEAK: OnError is not the disconnect path.
	server.OnConnect("/stock", func(s socketio.Conn) error {
		tx, err := db.BeginTx(context.Background(), &sql.TxOptions{}) // want `transaction begun by db.BeginTx is left open past the handler`
		if err != nil {
			return err
		}
		s.SetContext(tx)
		_ = tx
		return nil
	})
	server.OnError("/stock", func(s socketio.Conn, err error) {
		s.Context().(*sql.Tx).Rollback()
	})

	// LEAK: the disconnect handler forgets the entry but leaves the
	// transaction open.
	server.OnEvent("/ledger", "begin", func(s socketio.Conn) {
		tx, _ := db.Begin() // want `transaction begun by db.Begin is left open past the handler`
		mu.Lock()
		txs[s.ID()] = tx
		mu.Unlock()
	})
	server.OnDisconnect("/ledger", func(s socketio.Conn, reason string) {
		mu.Lock()
		delete(txs, s.ID())
		mu.Unlock()
	})

	// LEAK: the rolling-back OnDisconnect is replaced by the last one.
	server.OnEvent("/audit", "begin", func(s socketio.Conn) {
		tx, _ := db.Begin() // want `transaction begun by db.Begin is left open past the handler`
		s.SetContext(tx)
	})
	server.OnDisconnect("/audit", func(s socketio.Conn, reason string) { s.Context().(*sql.Tx).Rollback() })
	server.OnDisconnect("/audit", func(s socketio.Conn, reason string) {})
}

// Fixed ends every transaction.
func Fixed(server *socketio.Server, db *sql.DB) {
	// OK: handler-local transaction.
	server.OnEvent("/", "transfer", func(s socketio.Conn, amount int) string {
		tx, err := db.Begin()
		if err != nil {
			return "error"
		}
		defer tx.Rollback()
		if _, err := tx.Exec("UPDATE accounts SET balance = balance - ?", amount); err != nil {
			return "error"
		}
		tx.Commit()
		return "ok"
	})

	// OK: rolled back on disconnect ("" is "/").
	server.OnConnect("/", func(s socketio.Conn) error {
		tx, err := db.Begin()
		if err != nil {
			return err
		}
		s.SetContext(&checkout{tx: tx})
		return nil
	})
	server.OnDisconnect("", func(s socketio.Conn, reason string) {
		if c, ok := s.Context().(*checkout); ok {
			c.tx.Rollback()
		}
	})

	// OK: cancelling the BeginTx context rolls it back.
	server.OnConnect("/reserve", func(s socketio.Conn) error {
		ctx, cancel := context.WithCancel(context.Background())
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			cancel()
			return err
		}
		s.SetContext(&checkout{tx: tx, cancel: cancel})
		return nil
	})
	server.OnDisconnect("/reserve", func(s socketio.Conn, reason string) {
		s.Context().(*checkout).cancel()
	})

	// OK: by id, rolled back by a helper.
	server.OnEvent("/orders-ok", "begin", func(s socketio.Conn) {
		tx, _ := db.Begin()
		mu.Lock()
		txs[s.ID()] = tx
		mu.Unlock()
	})
	server.OnDisconnect("/orders-ok", func(s socketio.Conn, reason string) {
		rollback(s.ID())
	})
}
