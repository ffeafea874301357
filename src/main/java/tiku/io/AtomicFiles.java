package tiku.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old file or the whole new one: the bytes go to a
 * temporary file in the same folder, which is then moved over the target.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes bytes to a stream. */
  @FunctionalInterface
  public interface StreamWriter {
    void write(OutputStream out) throws IOException;
  }

  /** Something that writes text to a writer. */
  @FunctionalInterface
  public interface TextWriter {
    void write(Writer out) throws IOException;
  }

  public static void write(Path target, StreamWriter body) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new InputException(dir, null, "cannot create the output folder (" + reason(e) + ")", e);
    }
    Path tmp;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    } catch (IOException e) {
      throw new InputException(dir, null, "cannot write to the output folder (" + reason(e) + ")", e);
    }
    boolean moved = false;
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        body.write(out);
      }
      keepOrOpenPermissions(tmp, target);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  public static void writeText(Path target, TextWriter body) throws IOException {
    write(
        target,
        out -> {
          Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
          body.write(w);
          w.flush();
        });
  }

  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * A temporary file is private (0600); the finished file gets the target's old permissions, or
   * rw-r--r-- for a new file, since worksheets and self-tests are meant to be shared.
   */
  private static void keepOrOpenPermissions(Path tmp, Path target) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    java.util.Set<java.nio.file.attribute.PosixFilePermission> perms =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getClass().getSimpleName().replace("Exception", "") + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
