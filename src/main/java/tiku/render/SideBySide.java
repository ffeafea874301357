package tiku.render;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent tasks side by side, one thread per processor, and hands back what each gave in
 * the order they were asked for, whichever finished first: a build's formats, a PDF render's
 * documents.
 */
public final class SideBySide {
  private SideBySide() {}

  /** What one task gave: its value, or what it threw. */
  public record Outcome<T>(T value, Throwable failure) {}

  /** Every task's outcome, in order; a task that fails does not stop the others. */
  public static <T> List<Outcome<T>> run(List<? extends Callable<T>> tasks, String threadName) throws InterruptedIOException {
    List<Outcome<T>> out = new ArrayList<>();
    int threads = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      for (Callable<T> task : tasks) {
        out.add(call(task));
      }
      return out;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, r -> {
          Thread t = new Thread(r, threadName);
          t.setDaemon(true);
          return t;
        });
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(task));
      }
      for (Future<T> f : futures) {
        try {
          out.add(new Outcome<>(f.get(), null));
        } catch (ExecutionException e) {
          out.add(new Outcome<>(null, e.getCause()));
        }
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for " + threadName);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The tasks' values in order, or the first failure in that order, thrown as itself. */
  public static <T> List<T> values(List<? extends Callable<T>> tasks, String threadName) throws IOException {
    List<T> values = new ArrayList<>();
    for (Outcome<T> o : run(tasks, threadName)) {
      rethrow(o.failure());
      values.add(o.value());
    }
    return values;
  }

  /**
   * Throws {@code failure} as itself when it is unchecked or an IOException, wrapped otherwise;
   * does nothing when it is null.
   */
  public static void rethrow(Throwable failure) throws IOException {
    if (failure instanceof IOException io) {
      throw io;
    } else if (failure instanceof RuntimeException r) {
      throw r;
    } else if (failure instanceof Error error) {
      throw error;
    } else if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }

  private static <T> Outcome<T> call(Callable<T> task) {
    try {
      return new Outcome<>(task.call(), null);
    } catch (Exception e) {
      return new Outcome<>(null, e);
    }
  }
}
