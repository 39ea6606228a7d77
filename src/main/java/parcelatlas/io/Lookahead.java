package parcelatlas.io;

import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over a file that reads one item ahead: subclasses say how to fetch the next item
 * ({@code null} at the end) and what to release. It closes itself at the end and when fetching
 * fails, so a file is never left open by a walk that stopped.
 */
public abstract class Lookahead<T> implements Iterator<T>, Closeable {
  private T next;
  private boolean done;

  /** The next item, or null when there are no more. */
  protected abstract T fetch();

  /** Releases the files; called once the walk ends, fails or is closed early. */
  protected abstract void release();

  /** The file's name, for messages. */
  protected abstract String fileName();

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      try {
        next = fetch();
      } catch (RuntimeException e) {
        close();
        throw e;
      }
      if (next == null) {
        close();
      }
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in " + fileName());
    }
    T item = next;
    next = null;
    return item;
  }

  @Override
  public final void close() {
    if (!done) {
      done = true;
      next = null;
      release();
    }
  }
}
