package tiku.cli;

/** The one table of exit codes. */
public final class ExitCodes {
  public static final int OK = 0;
  /** Bad input: a file that cannot be read, a malformed bank, a selection that selects nothing. */
  public static final int BAD_INPUT = 1;
  /** Bad usage: an unknown option, format or pillar. */
  public static final int BAD_USAGE = 2;

  private ExitCodes() {}
}
