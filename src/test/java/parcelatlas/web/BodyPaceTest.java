package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What {@link BodyPace} counts: the time a read waits for the client's bytes, not the time the
 * server spends between reads. Bodies here arrive {@code step} bytes a read; a read that "waits"
 * sleeps inside the stream, as a blocking read waits for the network.
 */
class BodyPaceTest {
  private static final byte[] BODY = "{\"username\":\"nobody\",\"password\":\"not the password\"}".getBytes();

  @Test
  void a_body_already_received_is_read_whole_however_long_the_server_pauses_between_its_reads() throws Exception {
    // 50 bytes may wait at most 0.1 s (grace 0) at 512 B/s; the server pauses 0.2 s between reads
    BodyPace body = new BodyPace(new Arriving(BODY, 10, 0), BODY.length, Duration.ZERO);
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    byte[] buffer = new byte[64];
    for (int n; (n = body.read(buffer, 0, buffer.length)) >= 0; ) {
      read.write(buffer, 0, n);
      Thread.sleep(200);
    }
    assertArrayEquals(BODY, read.toByteArray());
  }

  @Test
  void a_body_whose_reads_wait_past_the_grace_and_its_bytes_share_is_refused_with_408_and_so_is_every_later_read() {
    // 10 bytes a read, 150 ms waited each: past 100 ms + 10 bytes at 512 B/s (20 ms) on the first read
    BodyPace body = new BodyPace(new Arriving(BODY, 10, 150), BODY.length, Duration.ofMillis(100));
    ApiException refused = assertThrows(ApiException.class, body::readAllBytes);
    assertEquals(408, refused.status());
    assertEquals("RequestTimeout", refused.code());
    assertThrows(ApiException.class, body::read);
  }

  @Test
  void the_read_that_brings_a_body_s_last_bytes_is_not_refused_however_long_it_waited() throws Exception {
    BodyPace body = new BodyPace(new Arriving(BODY, BODY.length, 200), BODY.length, Duration.ZERO);
    assertArrayEquals(BODY, body.readAllBytes());
  }

  @Test
  void waiting_within_the_grace_is_allowed() throws Exception {
    BodyPace body = new BodyPace(new Arriving(BODY, 10, 50), BODY.length, Duration.ofSeconds(1));
    assertArrayEquals(BODY, body.readAllBytes());
  }

  /** A body that gives at most {@code step} bytes a read, each read first waiting {@code waitMs}. */
  private static final class Arriving extends ServletInputStream {
    private final ByteArrayInputStream bytes;
    private final int step;
    private final long waitMs;

    Arriving(byte[] body, int step, long waitMs) {
      this.bytes = new ByteArrayInputStream(body);
      this.step = step;
      this.waitMs = waitMs;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
      if (bytes.available() > 0 && waitMs > 0) {
        try {
          Thread.sleep(waitMs);
        } catch (InterruptedException e) {
          throw new IOException(e);
        }
      }
      return bytes.read(buffer, offset, Math.min(count, step));
    }

    @Override
    public boolean isFinished() {
      return bytes.available() == 0;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new UnsupportedOperationException();
    }
  }
}
