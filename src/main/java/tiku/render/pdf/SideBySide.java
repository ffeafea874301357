package tiku.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Makes a render's documents (worksheet, key, each form's pair) side by side, one thread per
 * processor, and hands their bytes back in the order they were asked for. Each document is laid
 * out on its own; what they share (the parsed fonts) is only read while laying out.
 */
final class SideBySide {
  private SideBySide() {}

  static List<byte[]> make(List<Callable<byte[]>> documents) {
    int threads = Math.min(documents.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      List<byte[]> out = new ArrayList<>();
      for (Callable<byte[]> d : documents) {
        out.add(call(d));
      }
      return out;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, r -> {
          Thread t = new Thread(r, "tiku-pdf");
          t.setDaemon(true);
          return t;
        });
    try {
      List<Future<byte[]>> futures = new ArrayList<>();
      for (Callable<byte[]> d : documents) {
        futures.add(pool.submit(d));
      }
      List<byte[]> out = new ArrayList<>();
      for (Future<byte[]> f : futures) {
        out.add(result(f));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] call(Callable<byte[]> d) {
    try {
      return d.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The document's bytes, or what went wrong making it, as it was thrown. */
  private static byte[] result(Future<byte[]> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while making the PDF documents", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
