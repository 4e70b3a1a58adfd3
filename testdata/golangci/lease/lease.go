// Package lease is an in-house lease library: its pair is declared under
// resources: in .golangci.yml.
package lease

// Manager hands out leases.
type Manager struct{}

// Lease is held until released.
type Lease struct{ ID string }

// Acquire takes a lease for key.
func (m *Manager) Acquire(key string) (*Lease, error) { return &Lease{ID: key}, nil }

// Release gives the lease back.
func (l *Lease) Release() {}
