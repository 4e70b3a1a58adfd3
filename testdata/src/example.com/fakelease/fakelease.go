// Package fakelease has the same spelling as example.com/lease but other
// types: the user-declared pairs must not match it.
package fakelease

// Manager looks like lease.Manager.
type Manager struct{}

// Lease looks like lease.Lease.
type Lease struct{}

// Acquire looks like (*lease.Manager).Acquire.
func (m *Manager) Acquire(key string) (*Lease, error) { return &Lease{}, nil }
