// Package precommit holds the test of the pre-commit hooks declared in
// .pre-commit-hooks.yaml at the repository root; it has no code.
package precommit
