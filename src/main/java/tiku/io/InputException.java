package tiku.io;

import java.nio.file.Path;

/**
 * Bad input from the user: printed as one line {@code file:place: message}, exit code 1, no stack
 * trace unless --debug.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String place;

  public InputException(Path file, String place, String message) {
    this(file, place, message, null);
  }

  public InputException(Path file, String place, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.place = place;
  }

  /** The file the problem is in, or null when it is not about a file. */
  public Path file() {
    return file;
  }

  /** Where in the file ("line 12", "questions[3].type", "sheet Bank, row 4, column C"), or null. */
  public String place() {
    return place;
  }

  /** The one line the user sees. */
  public String oneLine() {
    StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(file).append(": ");
    }
    if (place != null && !place.isEmpty()) {
      sb.append(place).append(": ");
    }
    sb.append(getMessage());
    return sb.toString().replace('\n', ' ').replace('\r', ' ');
  }
}
