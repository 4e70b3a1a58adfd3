// Package cleanup releases leases for another package's disconnect
// handler, so the release reaches it through a Summary fact.
package cleanup

import "example.com/lease"

// Free releases l.
func Free(l *lease.Lease) {
	if l != nil {
		l.Release()
	}
}
