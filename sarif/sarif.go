// Package sarif writes a disconnectlint report as SARIF 2.1.0 for GitHub code
// scanning and other SARIF consumers: one run, the whole rule catalogue as
// driver rules (so that ruleIndex is stable across runs), one result per
// finding with its related locations linked from the message, and
// partialFingerprints derived from the finding's fingerprint.
//
// It uses its own small structs rather than a SARIF library, so that every
// optional field is omitted when empty and the output is byte-stable. The
// output stays within GitHub's upload limits: results beyond them are dropped
// (least severe first) and the run says so in a notification and in its
// properties.
package sarif

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/disconnectlint/disconnectlint/report"
	"github.com/disconnectlint/disconnectlint/rules"
)

// GitHub's limits on an uploaded SARIF file (docs: "SARIF support for code
// scanning", upload limits). Exceeding a hard limit gets the upload rejected.
const (
	// MaxResults is the number of results GitHub accepts in one run.
	MaxResults = 25000
	// MaxGzipBytes is the largest gzip-compressed SARIF file GitHub accepts.
	MaxGzipBytes = 10_000_000
	// maxLocations bounds locations and related locations of one result.
	maxLocations = 1000
	// maxTags bounds the tags of one rule.
	maxTags = 20
	// maxName and maxDescription bound a rule's name and descriptions.
	maxName        = 255
	maxDescription = 1024
)

// SchemaURI is the $schema written in every log; GitHub rejects the
// non-final rtm.6 URI some tools use.
const SchemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

// SrcRootID is the uriBaseId of every repository-relative location.
const SrcRootID = "%SRCROOT%"

// Options controls what Write emits beyond the report itself.
type Options struct {
	// SrcRoot is the absolute directory the report's relative paths are
	// relative to (normally the working directory, which should be the
	// repository root for GitHub). When set it is written as the
	// originalUriBaseIds entry of %SRCROOT% and is where source lines are
	// read from to convert byte columns to UTF-16 columns.
	SrcRoot string
	// ToolVersion is the driver version; empty means r.Tool.Version.
	ToolVersion string
	// Category, when set, becomes automationDetails.id ("category/"), which
	// GitHub needs to tell apart several uploads for one commit.
	Category string
	// Lines returns the text of a line, to convert the report's 1-based byte
	// columns to the UTF-16 columns SARIF declares (columnKind). When nil,
	// lines are read from the files under SrcRoot; when neither is available
	// byte columns are written unchanged (identical for ASCII lines).
	Lines report.LineSource
	// MaxResults and MaxGzipBytes override GitHub's limits (0 means the
	// limit above); tests use small values.
	MaxResults   int
	MaxGzipBytes int
}

// Write writes r as a SARIF 2.1.0 log to w.
func Write(w io.Writer, r *report.Report, opt Options) error {
	b, err := Marshal(r, opt)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Marshal returns r as an indented SARIF 2.1.0 log ending in a newline.
func Marshal(r *report.Report, opt Options) ([]byte, error) {
	maxResults := opt.MaxResults
	if maxResults <= 0 {
		maxResults = MaxResults
	}
	maxGzip := opt.MaxGzipBytes
	if maxGzip <= 0 {
		maxGzip = MaxGzipBytes
	}
	b := newBuilder(r, opt)
	b.maxResults, b.maxGzip = maxResults, maxGzip
	limit := min(maxResults, len(r.Findings))
	for {
		log := b.log(limit)
		out, err := encode(log)
		if err != nil {
			return nil, err
		}
		size, err := gzipSize(out)
		if err != nil {
			return nil, err
		}
		if size <= maxGzip {
			return out, nil
		}
		if limit == 0 {
			return nil, fmt.Errorf("sarif: log without results is %d bytes gzip-compressed, over the %d-byte limit", size, maxGzip)
		}
		// Shrink in proportion to the excess, with a margin, and at least by one.
		next := int(float64(limit) * float64(maxGzip) / float64(size) * 0.9)
		if next >= limit {
			next = limit - 1
		}
		limit = max(next, 0)
	}
}

func encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func gzipSize(b []byte) (int, error) {
	var n countWriter
	zw := gzip.NewWriter(&n)
	if _, err := zw.Write(b); err != nil {
		return 0, err
	}
	if err := zw.Close(); err != nil {
		return 0, err
	}
	return int(n), nil
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

// builder holds what does not depend on how many results are kept.
type builder struct {
	r       *report.Report
	opt     Options
	driver  toolComponent
	index   map[string]int // rule id -> index in driver.rules
	results []result       // one per finding, in report order
	order   []int          // finding indices, most severe first (stable)
	lines   *lineCache

	maxResults, maxGzip int // the limits in force, for the capping notice
}

func newBuilder(r *report.Report, opt Options) *builder {
	b := &builder{r: r, opt: opt, index: map[string]int{}}
	switch {
	case opt.Lines != nil:
		b.lines = &lineCache{src: opt.Lines}
	case opt.SrcRoot != "":
		b.lines = &lineCache{root: opt.SrcRoot, files: map[string][]string{}}
	}
	name := r.Tool.Name
	if name == "" {
		name = "disconnectlint"
	}
	version := opt.ToolVersion
	if version == "" {
		version = r.Tool.Version
	}
	// Multitool (SARIF2005) wants a version that starts with a digit.
	if rest, ok := strings.CutPrefix(version, "v"); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		version = rest
	}
	b.driver = toolComponent{
		Name:            name,
		Version:         version,
		SemanticVersion: semver(version),
		InformationURI:  rules.RepoURL,
	}
	for _, rule := range rules.All() {
		b.index[rule.ID] = len(b.driver.Rules)
		b.driver.Rules = append(b.driver.Rules, descriptor(rule))
	}
	// A finding of a rule outside the catalogue should not happen; give it a
	// minimal descriptor rather than an invalid ruleIndex.
	for _, f := range r.Findings {
		if _, ok := b.index[f.Rule]; !ok {
			b.index[f.Rule] = len(b.driver.Rules)
			b.driver.Rules = append(b.driver.Rules, unknownDescriptor(f.Rule))
		}
	}
	seen := map[string]int{}
	for i := range r.Findings {
		b.results = append(b.results, b.result(&r.Findings[i], seen))
		b.order = append(b.order, i)
	}
	sort.SliceStable(b.order, func(i, j int) bool {
		return levelRank(b.results[b.order[i]].Level) > levelRank(b.results[b.order[j]].Level)
	})
	return b
}

// log builds the log keeping the `limit` most severe results, in report order.
func (b *builder) log(limit int) *sarifLog {
	keep := make([]bool, len(b.results))
	for _, i := range b.order[:limit] {
		keep[i] = true
	}
	results := make([]result, 0, limit)
	for i, res := range b.results {
		if keep[i] {
			results = append(results, res)
		}
	}
	inv := invocation{ExecutionSuccessful: len(b.r.Errors) == 0}
	if b.opt.SrcRoot != "" {
		inv.WorkingDirectory = &artifactLocation{URI: dirURI(b.opt.SrcRoot)}
	}
	for _, e := range b.r.Errors {
		n := notification{Level: "error", Message: message{Text: errorText(e)}}
		if e.Path != "" {
			n.Locations = []location{{PhysicalLocation: &physicalLocation{ArtifactLocation: b.artifact(e.Path)}}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	rn := run{
		Tool:       tool{Driver: b.driver},
		Results:    results,
		ColumnKind: "utf16CodeUnits",
	}
	if dropped := len(b.results) - limit; dropped > 0 {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, notification{
			Level: "warning",
			Message: message{Text: fmt.Sprintf("Results capped: %d of %d findings are written, the most severe first, "+
				"to stay within GitHub's upload limits (%d results per run, %d bytes gzip-compressed); %d findings are left out. "+
				"Use --format json or text for the full list.", limit, len(b.results), b.maxResults, b.maxGzip, dropped)},
		})
		rn.Properties = map[string]any{
			"resultsTruncated": true,
			"resultsTotal":     len(b.results),
			"resultsWritten":   limit,
		}
	}
	rn.Invocations = []invocation{inv}
	if b.opt.SrcRoot != "" {
		rn.OriginalURIBaseIDs = map[string]artifactLocation{SrcRootID: {URI: dirURI(b.opt.SrcRoot)}}
	}
	if c := b.opt.Category; c != "" {
		if !strings.HasSuffix(c, "/") {
			c += "/"
		}
		rn.AutomationDetails = &automationDetails{ID: c}
	}
	return &sarifLog{Schema: SchemaURI, Version: "2.1.0", Runs: []run{rn}}
}

func errorText(e report.Error) string {
	msg := strings.TrimSpace(e.Message)
	if e.Path != "" {
		msg = e.Path + ": " + msg
	}
	return sentence(msg)
}

func levelRank(level string) int {
	switch level {
	case "error":
		return 3
	case "warning":
		return 2
	case "note":
		return 1
	}
	return 0
}

// Level maps a finding severity to a SARIF result level.
func Level(severity string) string {
	switch rules.Severity(severity) {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "note"
}

func (b *builder) result(f *report.Finding, seen map[string]int) result {
	res := result{
		RuleID:    f.Rule,
		RuleIndex: b.index[f.Rule],
		Level:     Level(f.Severity),
	}
	text := escapeText(sentence(f.Message))
	related := f.Related
	if len(related) > maxLocations {
		related = related[:maxLocations]
	}
	if len(related) > 0 {
		links := make([]string, len(related))
		for i, rel := range related {
			id := i + 1
			msg := strings.TrimSpace(rel.Message)
			if msg == "" {
				msg = "related location"
			}
			links[i] = fmt.Sprintf("[%s](%d)", escapeText(msg), id)
			loc := location{
				ID:               &id,
				Message:          &message{Text: msg},
				PhysicalLocation: b.physical(rel.Path, rel.Line, rel.Column, 0, 0),
			}
			res.RelatedLocations = append(res.RelatedLocations, loc)
		}
		text += " See " + strings.Join(links, ", ") + "."
	}
	res.Message = message{Text: text}
	if f.Path != "" {
		res.Locations = []location{{PhysicalLocation: b.physical(f.Path, f.Line, f.Column, f.EndLine, f.EndColumn)}}
	}
	if f.Fingerprint != "" {
		h := lineHash(f.Fingerprint)
		seen[h]++
		res.PartialFingerprints = map[string]string{"primaryLocationLineHash": fmt.Sprintf("%s:%d", h, seen[h])}
		res.Fingerprints = map[string]string{"disconnectlint/v1": f.Fingerprint}
	}
	if f.Verified != nil {
		res.Properties = map[string]any{"verified": f.Verified}
	}
	return res
}

// lineHash is the 16-hex-digit hash part of primaryLocationLineHash. The
// report fingerprint is already a hex hash of rule, path and normalised
// line; one that is not is hashed again.
func lineHash(fp string) string {
	if len(fp) >= 16 && isHex(fp[:16]) {
		return strings.ToLower(fp[:16])
	}
	sum := sha256.Sum256([]byte(fp))
	return hex.EncodeToString(sum[:8])
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') && (c < 'A' || c > 'F') {
			return false
		}
	}
	return true
}

func (b *builder) physical(path string, line, col, endLine, endCol int) *physicalLocation {
	pl := &physicalLocation{ArtifactLocation: b.artifact(path)}
	if line <= 0 {
		return pl
	}
	reg := &region{StartLine: line}
	if col > 0 {
		reg.StartColumn = b.column(path, line, col)
	}
	if endLine >= line {
		reg.EndLine = endLine
		if endCol > 0 && (endLine > line || endCol >= col) {
			reg.EndColumn = b.column(path, endLine, endCol)
		}
	}
	pl.Region = reg
	return pl
}

// column converts a 1-based byte column to a 1-based UTF-16 column.
func (b *builder) column(path string, line, col int) int {
	if b.lines == nil {
		return col
	}
	text, ok := b.lines.line(path, line)
	if !ok {
		return col
	}
	return UTF16Column(text, col)
}

// UTF16Column converts a 1-based UTF-8 byte column of a line to the 1-based
// UTF-16 code unit column SARIF's utf16CodeUnits column kind counts. Columns
// past the end of the line (an exclusive end at the line's end) count one
// unit per byte beyond it.
func UTF16Column(line string, col int) int {
	if col <= 1 {
		return col
	}
	n := col - 1
	extra := 0
	if n > len(line) {
		extra = n - len(line)
		n = len(line)
	}
	units := 0
	for i := 0; i < n; {
		r, size := utf8.DecodeRuneInString(line[i:])
		if i+size > n { // the column points inside a character
			size = n - i
		}
		if r == utf8.RuneError && size <= 1 {
			units++
		} else {
			units += utf16.RuneLen(r)
		}
		i += size
	}
	return units + extra + 1
}

func (b *builder) artifact(path string) *artifactLocation {
	p := filepath.ToSlash(path)
	if strings.HasPrefix(p, "/") {
		return &artifactLocation{URI: "file://" + escapePath(p)}
	}
	p = strings.TrimPrefix(p, "./")
	return &artifactLocation{URI: escapePath(p), URIBaseID: SrcRootID}
}

// dirURI is the file:// URI of an absolute directory, with the trailing slash
// SARIF requires of a base URI.
func dirURI(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	p := filepath.ToSlash(dir)
	if !strings.HasPrefix(p, "/") { // a Windows volume: file:///C:/x/
		p = "/" + p
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return "file://" + escapePath(p)
}

// escapePath percent-encodes everything in a '/'-separated path that is not
// an unreserved character or a sub-delimiter allowed in a URI path, so that
// spaces, '%', '#', '?', ':' and non-ASCII names give valid URI references.
func escapePath(p string) string {
	const hexDigits = "0123456789ABCDEF"
	var sb strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			strings.IndexByte("-._~/!$&'()*+,;=@", c) >= 0:
			sb.WriteByte(c)
		case c == ':' && i == 2 && p[0] == '/': // drive letter of /C:/...
			sb.WriteByte(c)
		default:
			sb.WriteByte('%')
			sb.WriteByte(hexDigits[c>>4])
			sb.WriteByte(hexDigits[c&15])
		}
	}
	return sb.String()
}

// escapeText escapes the characters SARIF gives a meaning in message text
// (embedded links, §3.11.6): '[' and ']', and a backslash that would
// otherwise read as an escape.
func escapeText(s string) string {
	if !strings.ContainsAny(s, `[]\`) {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '[' || c == ']':
			sb.WriteByte('\\')
		case c == '\\' && i+1 < len(s) && strings.IndexByte(`[]\`, s[i+1]) >= 0:
			sb.WriteByte('\\')
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

// sentence makes s a sentence ending in a period, as SARIF messages should be
// (GitHub shows the first sentence as the alert title).
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return "(no message)."
	}
	switch s[len(s)-1] {
	case '.', '!', '?':
		return s
	}
	return s + "."
}

// semver turns "v0.1.0" into "0.1.0"; anything not shaped like a semantic
// version ("(devel)", "") gives "", so that only version is written.
func semver(v string) string {
	v = strings.TrimPrefix(v, "v")
	core := v
	if i := strings.IndexAny(core, "-+"); i >= 0 {
		core = core[:i]
	}
	parts := strings.Split(core, ".")
	if len(parts) != 3 {
		return ""
	}
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" || (len(p) > 1 && p[0] == '0') {
			return ""
		}
	}
	return v
}

// lineCache serves source lines, from a LineSource or from files under root.
type lineCache struct {
	src   report.LineSource
	root  string
	files map[string][]string
}

func (c *lineCache) line(path string, n int) (string, bool) {
	if c.src != nil {
		s := c.src(path, n)
		return s, s != ""
	}
	lines, ok := c.files[path]
	if !ok {
		p := path
		if !filepath.IsAbs(p) {
			p = filepath.Join(c.root, filepath.FromSlash(p))
		}
		if data, err := os.ReadFile(p); err == nil {
			lines = strings.Split(string(data), "\n")
		}
		c.files[path] = lines
	}
	if n < 1 || n > len(lines) {
		return "", false
	}
	return strings.TrimSuffix(lines[n-1], "\r"), true
}
