package report_test

import "github.com/disconnectlint/disconnectlint/report"

// sample is a small report with JS and Go findings, related locations, a
// security rule and both kinds of errors, in report order.
func sample() *report.Report {
	handler := report.Related{Path: "src/server.js", Line: 8, Column: 3, Message: "disconnect handler registered here"}
	return &report.Report{
		Version: 1,
		Tool:    report.Tool{Name: "disconnectlint", Version: "v0.1.0"},
		Findings: []report.Finding{
			{
				Rule: "reason-filtered-cleanup", Severity: "warning", Path: "internal/chat/hub.go",
				Line: 22, Column: 6, EndLine: 22, EndColumn: 45,
				Message: `cleanup in the disconnect handler runs only when reason == "client namespace disconnect"`,
				Related: []report.Related{{Path: "internal/chat/hub.go", Line: 21, Column: 2, Message: "OnDisconnect handler registered here"}},
			},
			{
				Rule: "timer-not-cleared", Severity: "error", Path: "src/server.js",
				Line: 5, Column: 17, EndLine: 7, EndColumn: 11,
				Message: "setInterval started for this socket is never cleared on disconnect: no clearInterval(timer) on the disconnect path (disconnect handler at src/server.js:8)",
				Related: []report.Related{handler},
			},
			{
				Rule: "untrusted-cleanup-key", Severity: "error", Path: "src/server.js",
				Line: 9, Column: 21, EndLine: 9, EndColumn: 27,
				Message: "disconnect cleanup is keyed by client-controlled socket.handshake.query.userId: any client can evict another's entry; key it by socket.id or a server-verified identity",
				Related: []report.Related{{Path: "src/server.js", Line: 3, Column: 11, Message: "client-controlled value read here"}, handler},
			},
		},
		Errors: []report.Error{
			{Path: "internal/broken", Message: "go package does not type-check: undefined: frobnicate"},
			{Message: "no JavaScript, TypeScript or Go files under vendor-only"},
		},
	}
}

// tricky is a finding whose path and message hold every character the
// formats must escape, and non-ASCII text they must keep.
func tricky() report.Finding {
	return report.Finding{
		Rule: "client-not-untracked", Severity: "error", Path: "src/we,ird:100%/grüße.js",
		Line: 2, Column: 1,
		Message: "50% of <clients> & \"friends\" 'kept'\r\nnext: a,b::c %0A 👋",
		Related: []report.Related{{Path: "src/a,b.js", Line: 1, Column: 2, Message: "x:y"}},
	}
}
