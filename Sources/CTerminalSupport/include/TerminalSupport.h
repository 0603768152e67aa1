#ifndef BETROKKEN_TERMINAL_SUPPORT_H
#define BETROKKEN_TERMINAL_SUPPORT_H

// Async-signal-safe pieces the terminal needs, in C because a signal handler must not run Swift code.

/// Saves the terminal modes of standard input, to be restored on exit or crash.
void bk_save_termios(void);
/// Restores the saved modes (tcsetattr is async-signal-safe).
void bk_restore_termios(void);
/// SIGINT, SIGTERM, SIGHUP, SIGQUIT are recorded for the main loop; crash signals restore the terminal and re-raise.
void bk_install_signal_handlers(void);
/// The signal recorded since the last call, or 0.
int bk_take_signal(void);

#endif
