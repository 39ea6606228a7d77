package parcelatlas.features;

import java.util.Arrays;

/**
 * A page of the items endpoint already written as JSON ({@link FeatureReader#itemsJson}).
 *
 * @param buffer holds the JSON array of the page's features, UTF-8, in its first {@code length} bytes, after
 *     what the page's generator wrote before it (the collection's head, on OGC items and investor search pages)
 *     (the buffer it was written into, not copied; its first {@code length} bytes not to be changed,
 *     the room after them free for the one who sends the page to append to)
 * @param length how many bytes of {@code buffer} the array takes
 * @param numberReturned how many features the array holds
 * @param numberMatched as in {@link ItemsPage}
 * @param next as in {@link ItemsPage}
 */
public record ItemsJson(byte[] buffer, int length, int numberReturned, Long numberMatched, FeatureCursor next) {
  /** The JSON array of the page's features, UTF-8 (a copy). */
  public byte[] features() {
    return Arrays.copyOf(buffer, length);
  }
}
