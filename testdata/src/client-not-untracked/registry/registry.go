// Package registry is a presence registry in its own package: the
// disconnect handler of another package removes entries through it.
package registry

import "sync"

// Registry tracks who is online.
type Registry struct {
	mu    sync.Mutex
	users map[string]string
}

// New returns an empty registry.
func New() *Registry { return &Registry{users: map[string]string{}} }

// Add records a user for a connection id.
func (r *Registry) Add(id, user string) {
	r.mu.Lock()
	r.users[id] = user
	r.mu.Unlock()
}

// Remove forgets a connection id.
func (r *Registry) Remove(id string) {
	r.mu.Lock()
	delete(r.users, id)
	r.mu.Unlock()
}

// Online is the package-level set of online connection ids.
var Online sync.Map

// Forget removes a connection from Online.
func Forget(id string) { Online.Delete(id) }

// Remember marks a connection id online.
func Remember(id string) { Online.Store(id, true) }
