#ifndef BETROKKEN_TERMINAL_SUPPORT_H
#define BETROKKEN_TERMINAL_SUPPORT_H

// Async-signal-safe pieces the terminal needs, in C because a signal handler must not run Swift code.

/// Saves the terminal modes of standard input, to be restored on exit or crash.
void bk_save_termios(void);
/// Restores the saved modes (tcsetattr is async-signal-safe).
void bk_restore_termios(void);
/// Turns off XON/XOFF flow control, so Ctrl-S and Ctrl-Q reach the program (the editor saves with Ctrl-S); the
/// terminal's own modes come back with `bk_restore_termios` and `endwin`.
void bk_disable_flow_control(void);
/// SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP and SIGCONT are recorded for the main loop; crash signals (SIGSEGV,
/// SIGBUS, SIGABRT, SIGILL, SIGFPE, SIGTRAP) restore the terminal, then go on to the handlers that were there before
/// (the runtime's crash report and backtrace) or the default action.
void bk_install_signal_handlers(void);
/// Puts back every handler `bk_install_signal_handlers` replaced.
void bk_restore_signal_handlers(void);
/// Stops the process as SIGTSTP's default would (the caller has restored the terminal); returns after SIGCONT.
void bk_suspend(void);
/// Records `sig` again, as if it had just arrived (after a resume took one that was not its own).
void bk_requeue_signal(int sig);
/// The signal recorded since the last call, or 0.
int bk_take_signal(void);

#endif
