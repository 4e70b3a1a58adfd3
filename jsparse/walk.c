// walk.c flattens a tree-sitter tree into an array in one call, so the Go side
// pays one cgo transition per file instead of several per node.
//
// The tree-sitter runtime and grammars are compiled by the
// github.com/smacker/go-tree-sitter packages this package imports; the
// declarations below are the few parts of tree-sitter's api.h this file uses.
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>
#include "walk.h"

typedef struct TSParser TSParser;
typedef struct TSTree TSTree;
typedef struct TSLanguage TSLanguage;
typedef struct { uint32_t row, column; } TSPoint;
typedef struct { uint32_t context[4]; const void *id; const TSTree *tree; } TSNode;
typedef struct { const void *tree; const void *id; uint32_t context[3]; } TSTreeCursor;

TSParser *ts_parser_new(void);
void ts_parser_delete(TSParser *);
bool ts_parser_set_language(TSParser *, const TSLanguage *);
void ts_parser_set_timeout_micros(TSParser *, uint64_t);
TSTree *ts_parser_parse_string(TSParser *, const TSTree *, const char *, uint32_t);
void ts_tree_delete(TSTree *);
TSNode ts_tree_root_node(const TSTree *);
TSTreeCursor ts_tree_cursor_new(TSNode);
void ts_tree_cursor_delete(TSTreeCursor *);
TSNode ts_tree_cursor_current_node(const TSTreeCursor *);
uint16_t ts_tree_cursor_current_field_id(const TSTreeCursor *);
bool ts_tree_cursor_goto_first_child(TSTreeCursor *);
bool ts_tree_cursor_goto_next_sibling(TSTreeCursor *);
bool ts_tree_cursor_goto_parent(TSTreeCursor *);
uint16_t ts_node_symbol(TSNode);
uint32_t ts_node_start_byte(TSNode);
uint32_t ts_node_end_byte(TSNode);
TSPoint ts_node_start_point(TSNode);
TSPoint ts_node_end_point(TSNode);
bool ts_node_is_named(TSNode);
bool ts_node_is_missing(TSNode);
bool ts_node_is_error(TSNode);
uint32_t ts_language_symbol_count(const TSLanguage *);
const char *ts_language_symbol_name(const TSLanguage *, uint16_t);
uint32_t ts_language_field_count(const TSLanguage *);
const char *ts_language_field_name_for_id(const TSLanguage *, uint16_t);

const TSLanguage *tree_sitter_javascript(void);
const TSLanguage *tree_sitter_typescript(void);
const TSLanguage *tree_sitter_tsx(void);

const void *dl_language(int lang) {
	switch (lang) {
	case 0: return tree_sitter_javascript();
	case 1: return tree_sitter_typescript();
	case 2: return tree_sitter_tsx();
	}
	return 0;
}

uint32_t dl_symbol_count(const void *lang) { return ts_language_symbol_count(lang); }
const char *dl_symbol_name(const void *lang, uint16_t s) { return ts_language_symbol_name(lang, s); }
uint32_t dl_field_count(const void *lang) { return ts_language_field_count(lang); }
const char *dl_field_name(const void *lang, uint16_t f) { return ts_language_field_name_for_id(lang, f); }

int dl_parse(const void *lang, const char *src, uint32_t len, uint64_t timeout_micros, dl_result *out) {
	out->nodes = 0;
	out->count = 0;
	TSParser *p = ts_parser_new();
	if (!p) return -1;
	ts_parser_set_language(p, lang);
	ts_parser_set_timeout_micros(p, timeout_micros);
	TSTree *t = ts_parser_parse_string(p, 0, src, len);
	if (!t) { ts_parser_delete(p); return -2; } // timed out
	size_t cap = 1024, n = 0;
	dl_node *nodes = malloc(cap * sizeof(dl_node));
	if (!nodes) { ts_tree_delete(t); ts_parser_delete(p); return -1; }
	TSTreeCursor c = ts_tree_cursor_new(ts_tree_root_node(t));
	// parents is a stack of indexes of the ancestors of the cursor's node.
	size_t pcap = 256, depth = 0;
	int32_t *parents = malloc(pcap * sizeof(int32_t));
	if (!parents) { free(nodes); ts_tree_cursor_delete(&c); ts_tree_delete(t); ts_parser_delete(p); return -1; }
	int rc = 0;
	for (;;) {
		TSNode node = ts_tree_cursor_current_node(&c);
		if (n == cap) {
			cap *= 2;
			dl_node *grown = realloc(nodes, cap * sizeof(dl_node));
			if (!grown) { rc = -1; break; }
			nodes = grown;
		}
		dl_node *d = &nodes[n];
		TSPoint sp = ts_node_start_point(node), ep = ts_node_end_point(node);
		d->symbol = ts_node_symbol(node);
		d->field = ts_tree_cursor_current_field_id(&c);
		d->flags = (ts_node_is_named(node) ? 1 : 0) | (ts_node_is_error(node) ? 2 : 0) | (ts_node_is_missing(node) ? 4 : 0);
		d->start = ts_node_start_byte(node);
		d->end = ts_node_end_byte(node);
		d->srow = sp.row; d->scol = sp.column; d->erow = ep.row; d->ecol = ep.column;
		d->parent = depth ? parents[depth - 1] : -1;
		if (ts_tree_cursor_goto_first_child(&c)) {
			if (depth == pcap) {
				pcap *= 2;
				int32_t *g = realloc(parents, pcap * sizeof(int32_t));
				if (!g) { rc = -1; break; }
				parents = g;
			}
			parents[depth++] = (int32_t)n;
			n++;
			continue;
		}
		n++;
		while (!ts_tree_cursor_goto_next_sibling(&c)) {
			if (!ts_tree_cursor_goto_parent(&c)) goto done;
			depth--;
		}
	}
done:
	free(parents);
	ts_tree_cursor_delete(&c);
	ts_tree_delete(t);
	ts_parser_delete(p);
	if (rc != 0) { free(nodes); return rc; }
	out->nodes = nodes;
	out->count = n;
	return 0;
}

void dl_free(dl_result *r) { free(r->nodes); r->nodes = 0; r->count = 0; }
