package tiku.cli;

/** A command line that cannot be carried out as written (exit code 2). */
public class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
