// Package helpers releases things on behalf of a disconnect handler in
// another package; sockscope summarises that in facts.
package helpers

import (
	"sync"
	"time"
)

var (
	mu       sync.Mutex
	sessions = map[string]*time.Ticker{}
)

// Forget removes a session.
func Forget(id string) { // want Forget:`releases\(2::sockscope/helpers.sessions\)`
	mu.Lock()
	defer mu.Unlock()
	delete(sessions, id)
}

// Stop stops a ticker given as a parameter.
func Stop(t *time.Ticker) { t.Stop() } // want Stop:`releases\(4:\(\*time.Ticker\).Stop:param0\)`

// Track releases nothing, and tracks both of its parameters.
func Track(id string, t *time.Ticker) { sessions[id] = t } // want Track:`tracks\(param0->map:sockscope/helpers.sessions,param1->map:sockscope/helpers.sessions\)`
