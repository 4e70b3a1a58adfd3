package report

import (
	"bufio"
	"encoding/xml"
	"io"
	"sort"
	"strconv"
	"strings"
)

// WriteCheckstyle writes the report as Checkstyle 4.3 XML, the format
// reviewdog reads with -f=checkstyle:
//
//	<checkstyle version="4.3">
//	  <file name="src/server.js">
//	    <error line="5" column="21" severity="error" message="…" source="disconnectlint.timer-not-cleared"/>
//	  </file>
//	</checkstyle>
//
// Files are sorted by name and errors by line, column and rule. Checkstyle
// has no related locations, so they are appended to the message, one a line.
// The report's errors are written with source "disconnectlint" and no line,
// under their path (or a file with an empty name when they have none).
func WriteCheckstyle(w io.Writer, r *Report) error {
	type entry struct {
		line, col int
		severity  string
		message   string
		source    string
	}
	files := map[string][]entry{}
	for _, f := range r.Findings {
		msg := f.Message
		for _, rel := range f.Related {
			msg += "\n" + posString(rel.Path, rel.Line, rel.Column)
			if rel.Message != "" {
				msg += ": " + rel.Message
			}
		}
		files[f.Path] = append(files[f.Path], entry{f.Line, f.Column, checkstyleSeverity(f.Severity), msg, "disconnectlint." + f.Rule})
	}
	for _, e := range r.Errors {
		files[e.Path] = append(files[e.Path], entry{0, 0, "error", e.Message, "disconnectlint"})
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)

	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<checkstyle version="4.3">` + "\n")
	for _, name := range names {
		es := files[name]
		sort.SliceStable(es, func(i, j int) bool {
			if es[i].line != es[j].line {
				return es[i].line < es[j].line
			}
			if es[i].col != es[j].col {
				return es[i].col < es[j].col
			}
			return es[i].source < es[j].source
		})
		bw.WriteString(`  <file name="` + xmlAttr(name) + `">` + "\n")
		for _, e := range es {
			bw.WriteString("    <error")
			if e.line > 0 {
				bw.WriteString(` line="` + strconv.Itoa(e.line) + `"`)
				if e.col > 0 {
					bw.WriteString(` column="` + strconv.Itoa(e.col) + `"`)
				}
			}
			bw.WriteString(` severity="` + e.severity + `" message="` + xmlAttr(e.message) + `" source="` + xmlAttr(e.source) + `"/>` + "\n")
		}
		bw.WriteString("  </file>\n")
	}
	bw.WriteString("</checkstyle>\n")
	return bw.Flush()
}

func checkstyleSeverity(s string) string {
	switch s {
	case "error", "warning":
		return s
	}
	return "info"
}

// xmlAttr escapes s for a double-quoted attribute value: the XML specials,
// and tab, CR and LF as character references so that parsers keep them
// (attribute-value normalisation would turn them into spaces). Characters
// XML cannot carry at all become U+FFFD.
func xmlAttr(s string) string {
	var sb strings.Builder
	xml.EscapeText(&sb, []byte(s)) // cannot fail on a strings.Builder
	return sb.String()
}
