// Package lease is a stub of an in-house lease library, for the
// user-declared resource pairs of resource-not-released.
package lease

// Manager hands out leases.
type Manager struct{}

// Lease is held until released.
type Lease struct{ ID string }

// Acquire takes a lease for key.
func (m *Manager) Acquire(key string) (*Lease, error) { return &Lease{ID: key}, nil }

// Release gives the lease back.
func (l *Lease) Release() {}

// Renew extends the lease; it does not release it.
func (l *Lease) Renew() error { return nil }

// Open takes a lease without a manager.
func Open(key string) (*Lease, error) { return &Lease{ID: key}, nil }

// Return gives a lease back to its manager.
func Return(m *Manager, l *Lease) {}

// Pool is an interface that hands out leases.
type Pool interface {
	Get(key string) *Lease
}

// Session is acquired by starting it: the value is the receiver.
type Session struct{}

// NewSession returns an idle session; only Start acquires anything.
func NewSession() *Session { return &Session{} }

// Start opens the session.
func (s *Session) Start() error { return nil }

// Stop closes the session.
func (s *Session) Stop() {}
