// Package testroot locates what tests need outside their own package, since
// Go runs each test in its own package directory: the repository root, its
// testdata directory, and tools installed with go install.
package testroot

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the absolute path of the repository root (the directory
// holding go.mod).
func Dir(t testing.TB) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			if _, err := os.Stat(filepath.Join(d, "rules")); err == nil {
				return d
			}
		}
		if filepath.Dir(d) == d {
			t.Fatalf("repository root not found above %s", wd)
		}
	}
}

// Testdata returns <root>/testdata/src.
func Testdata(t testing.TB) string { return filepath.Join(Dir(t), "testdata", "src") }
