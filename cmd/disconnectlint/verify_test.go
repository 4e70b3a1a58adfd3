package main

import (
	"strings"
	"testing"
)

// TestVerifyFlag: --verify marks the findings the sandbox confirms, and says
// why for the others; no finding is dropped.
func TestVerifyFlag(t *testing.T) {
	code, out, _ := runIn(t, examplesDir(t), "--verify", "--format", "json", "leaky")
	if code != exitFindings {
		t.Fatalf("exit %d", code)
	}
	fs := findingsOf(t, out)
	if len(fs) != len(expected(t)) {
		t.Fatalf("--verify changed the findings: %d, want %d", len(fs), len(expected(t)))
	}
	confirmed := 0
	for _, f := range fs {
		if f.Verified == nil {
			t.Errorf("%s:%d %s has no verdict", f.Path, f.Line, f.Rule)
			continue
		}
		switch f.Rule {
		case "timer-not-cleared", "listener-not-removed", "client-not-untracked":
			if !f.Verified.Confirmed || f.Verified.Live != 20 || f.Verified.Scenario == "" {
				t.Errorf("%s:%d %s not confirmed: %+v", f.Path, f.Line, f.Rule, *f.Verified)
			}
			confirmed++
		default:
			if f.Verified.Confirmed || f.Verified.Note == "" {
				t.Errorf("%s:%d %s: want an unconfirmed verdict with a note, got %+v", f.Path, f.Line, f.Rule, *f.Verified)
			}
		}
	}
	if confirmed != 5 {
		t.Errorf("%d confirmed, want 5", confirmed)
	}
	_, text, _ := runIn(t, examplesDir(t), "--verify", "leaky")
	if !strings.Contains(text, "[confirmed: 20 live after ") {
		t.Errorf("text output lacks the confirmed marker:\n%s", text)
	}
}

func TestVerifyCommand(t *testing.T) {
	dir := examplesDir(t)
	if code, out, _ := runIn(t, dir, "verify", "--clients", "5", "leaky"); code != exitFindings || !strings.Contains(out, "still live after every client left") || !strings.Contains(out, "(x5)") {
		t.Errorf("verify leaky: exit %d\n%s", code, out)
	}
	if code, out, _ := runIn(t, dir, "verify", "fixed"); code != exitOK || strings.Contains(out, "still live") {
		t.Errorf("verify fixed: exit %d\n%s", code, out)
	}
	if code, _, _ := runIn(t, dir, "verify", "--nope"); code != exitUsage {
		t.Errorf("verify --nope: exit %d, want 2", code)
	}
}
