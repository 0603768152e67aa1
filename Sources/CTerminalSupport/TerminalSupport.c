#include "TerminalSupport.h"

#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved_termios;
static volatile sig_atomic_t saved_termios_valid = 0;
static volatile sig_atomic_t pending_signal = 0;

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGFPE, SIGTRAP};
enum { crash_signal_count = sizeof crash_signals / sizeof crash_signals[0] };
/// The handlers that were there before ours (the Swift runtime's backtracer, say), per crash signal.
static struct sigaction previous_crash_actions[crash_signal_count];
static const int recorded_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT};
enum { recorded_signal_count = sizeof recorded_signals / sizeof recorded_signals[0] };
static struct sigaction previous_recorded_actions[recorded_signal_count];
static volatile sig_atomic_t handlers_installed = 0;
/// The main thread's signal mask before ours: a parent may have started us with signals blocked (test runners do).
static sigset_t previous_mask;

void bk_save_termios(void) {
  if (tcgetattr(STDIN_FILENO, &saved_termios) == 0) saved_termios_valid = 1;
}

void bk_restore_termios(void) {
  if (saved_termios_valid) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
}

void bk_disable_flow_control(void) {
  struct termios mode;
  if (tcgetattr(STDIN_FILENO, &mode) != 0) return;
  mode.c_iflag &= ~(tcflag_t)IXON;
  tcsetattr(STDIN_FILENO, TCSANOW, &mode);
}

static void on_signal(int sig) { pending_signal = sig; }

// On a crash: reset attributes, show the cursor, leave the alternate screen, restore the modes; then hand the signal
// to the handler that was there before (the runtime's crash report and backtrace) with its details, and end with the
// signal's default action (a core dump where the system keeps them). Calling the previous handler directly, rather
// than raising the signal again for it, matters for a signal sent with kill: a handler that returns would otherwise
// let the program run on behind a restored terminal.
static void on_crash(int sig, siginfo_t *info, void *context) {
  // Attributes off, mouse reporting off, cursor keys back to normal mode (rmkx), cursor visible, main screen.
  static const char reset[] = "\033[0m\033[?1000l\033[?1l\033>\033[?25h\033[?1049l\r\n";
  ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
  (void)ignored;
  bk_restore_termios();
  struct sigaction previous;
  memset(&previous, 0, sizeof previous);
  previous.sa_handler = SIG_DFL;
  for (int i = 0; i < crash_signal_count; i++) {
    if (crash_signals[i] == sig) {
      previous = previous_crash_actions[i];
      break;
    }
  }
  sigaction(sig, &previous, 0);
  if (previous.sa_flags & SA_SIGINFO) {
    if (previous.sa_sigaction) previous.sa_sigaction(sig, info, context);
  } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
    previous.sa_handler(sig);
  }
  signal(sig, SIG_DFL);
  sigset_t unblock;
  sigemptyset(&unblock);
  sigaddset(&unblock, sig);
  sigprocmask(SIG_UNBLOCK, &unblock, 0);
  raise(sig);
}

void bk_install_signal_handlers(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  sigemptyset(&action.sa_mask);
  action.sa_handler = on_signal;
  for (int i = 0; i < recorded_signal_count; i++) {
    sigaction(recorded_signals[i], &action, &previous_recorded_actions[i]);
  }
  struct sigaction crash;
  memset(&crash, 0, sizeof crash);
  sigemptyset(&crash.sa_mask);
  // SA_ONSTACK: a stack overflow is handled on the alternate stack the runtime set up.
  crash.sa_sigaction = on_crash;
  crash.sa_flags = SA_SIGINFO | SA_ONSTACK;
  for (int i = 0; i < crash_signal_count; i++) {
    sigaction(crash_signals[i], &crash, &previous_crash_actions[i]);
  }
  // Blocked signals would wait unseen while the main loop runs (and `raise` in `bk_suspend` would not stop us).
  sigset_t ours;
  sigemptyset(&ours);
  for (int i = 0; i < recorded_signal_count; i++) sigaddset(&ours, recorded_signals[i]);
  for (int i = 0; i < crash_signal_count; i++) sigaddset(&ours, crash_signals[i]);
  pthread_sigmask(SIG_UNBLOCK, &ours, &previous_mask);
  handlers_installed = 1;
}

void bk_restore_signal_handlers(void) {
  if (!handlers_installed) return;
  for (int i = 0; i < recorded_signal_count; i++) sigaction(recorded_signals[i], &previous_recorded_actions[i], 0);
  for (int i = 0; i < crash_signal_count; i++) sigaction(crash_signals[i], &previous_crash_actions[i], 0);
  pthread_sigmask(SIG_SETMASK, &previous_mask, 0);
  handlers_installed = 0;
}

void bk_suspend(void) {
  // Stop as the terminal's suspend key asks, with the default action; continue here after SIGCONT.
  struct sigaction stop, ours;
  memset(&stop, 0, sizeof stop);
  sigemptyset(&stop.sa_mask);
  stop.sa_handler = SIG_DFL;
  sigaction(SIGTSTP, &stop, &ours);
  sigset_t tstp, mask;
  sigemptyset(&tstp);
  sigaddset(&tstp, SIGTSTP);
  pthread_sigmask(SIG_UNBLOCK, &tstp, &mask);
  raise(SIGTSTP);
  pthread_sigmask(SIG_SETMASK, &mask, 0);
  sigaction(SIGTSTP, &ours, 0);
}

void bk_requeue_signal(int sig) { pending_signal = sig; }

int bk_take_signal(void) {
  // Read and clear in one step, so a signal arriving in between is not lost.
  return __atomic_exchange_n(&pending_signal, 0, __ATOMIC_SEQ_CST);
}
