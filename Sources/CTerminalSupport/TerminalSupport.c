#include "TerminalSupport.h"

#include <signal.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved_termios;
static volatile sig_atomic_t saved_termios_valid = 0;
static volatile sig_atomic_t pending_signal = 0;

void bk_save_termios(void) {
  if (tcgetattr(STDIN_FILENO, &saved_termios) == 0) saved_termios_valid = 1;
}

void bk_restore_termios(void) {
  if (saved_termios_valid) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
}

static void on_signal(int sig) { pending_signal = sig; }

// On a crash: reset attributes, show the cursor, leave the alternate screen, restore modes, then die
// with the same signal so the exit status still tells what happened.
static void on_crash(int sig) {
  // Attributes off, cursor keys back to normal mode (rmkx), cursor visible, main screen.
  static const char reset[] = "\033[0m\033[?1l\033>\033[?25h\033[?1049l\r\n";
  ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
  (void)ignored;
  bk_restore_termios();
  signal(sig, SIG_DFL);
  raise(sig);
}

void bk_install_signal_handlers(void) {
  struct sigaction action;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  action.sa_handler = on_signal;
  sigaction(SIGINT, &action, 0);
  sigaction(SIGTERM, &action, 0);
  sigaction(SIGHUP, &action, 0);
  sigaction(SIGQUIT, &action, 0);
  struct sigaction crash;
  sigemptyset(&crash.sa_mask);
  crash.sa_flags = SA_RESETHAND;
  crash.sa_handler = on_crash;
  int crash_signals[] = {SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGFPE, SIGTRAP};
  for (unsigned i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
    sigaction(crash_signals[i], &crash, 0);
  }
}

int bk_take_signal(void) {
  // Read and clear in one step, so a signal arriving in between is not lost.
  return __atomic_exchange_n(&pending_signal, 0, __ATOMIC_SEQ_CST);
}
