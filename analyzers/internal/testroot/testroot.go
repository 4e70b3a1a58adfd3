// Package testroot locates the repository's testdata directory from any test.
package testroot

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the absolute path of <repo>/testdata, found by walking up
// from the working directory to the go.mod of the repository.
func Dir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "testdata")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("testroot: no go.mod above the working directory")
		}
		dir = parent
	}
}
