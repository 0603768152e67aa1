#ifndef BETROKKEN_NCURSESW_SHIM_H
#define BETROKKEN_NCURSESW_SHIM_H

// The wide-character API needs these before the header (SwiftPM drops pkg-config's -D flags).
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <ncursesw/curses.h>
#include <langinfo.h>
#include <locale.h>
#include <stddef.h>

// Attribute macros Swift cannot import, re-exported as constants.
static const unsigned int BK_A_NORMAL = A_NORMAL;
static const unsigned int BK_A_BOLD = A_BOLD;
static const unsigned int BK_A_DIM = A_DIM;
static const unsigned int BK_A_REVERSE = A_REVERSE;
static const unsigned int BK_A_UNDERLINE = A_UNDERLINE;
static const unsigned int BK_A_STANDOUT = A_STANDOUT;

// Mouse masks, behind macros Swift cannot import.
static const mmask_t BK_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t BK_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t BK_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t BK_BUTTON5_PRESSED = BUTTON5_PRESSED;

// Runtime values behind macros or globals Swift 6 will not read.
static inline int bk_colors(void) { return COLORS; }
static inline int bk_color_pairs(void) { return COLOR_PAIRS; }

// From <term.h>, which defines lower-case macros (lines, columns …) that would leak into Swift: output a terminfo
// string (with its padding) through a function of one's own.
extern int tputs(const char *, int, int (*)(int));

// tiparm is variadic, which Swift cannot call: the cursor address for a row and column, or NULL when the terminal
// has no absolute cursor addressing.
static inline const char *bk_cursor_address(int row, int column) {
  const char *cup = tigetstr("cup");
  if (cup == NULL || cup == (const char *)-1) return NULL;
  return tiparm(cup, row, column);
}

// The column address on the cursor's row (shorter than a full cursor address), or NULL when the terminal has none.
static inline const char *bk_column_address(int column) {
  const char *hpa = tigetstr("hpa");
  if (hpa == NULL || hpa == (const char *)-1) return NULL;
  return tiparm(hpa, column);
}

#endif
