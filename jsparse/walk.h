#include <stdint.h>
#include <stddef.h>
typedef struct {
	uint16_t symbol;
	uint16_t field;
	uint8_t flags; // 1 named, 2 error, 4 missing
	uint32_t start, end;
	uint32_t srow, scol, erow, ecol;
	int32_t parent;
} dl_node;
typedef struct { dl_node *nodes; size_t count; } dl_result;
const void *dl_language(int lang);
uint32_t dl_symbol_count(const void *lang);
const char *dl_symbol_name(const void *lang, uint16_t s);
uint32_t dl_field_count(const void *lang);
const char *dl_field_name(const void *lang, uint16_t f);
int dl_parse(const void *lang, const char *src, uint32_t len, uint64_t timeout_micros, dl_result *out);
void dl_free(dl_result *r);
