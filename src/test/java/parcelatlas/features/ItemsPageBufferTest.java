package parcelatlas.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ItemsPageBufferTest {

  @Test
  void the_first_size_follows_the_last_page_within_the_limits_bound() {
    assertEquals(128_000, ItemsJsonPage.PageBuffer.firstSize(100, 0), "no page yet: room for a full page");
    assertEquals(25_000, ItemsJsonPage.PageBuffer.firstSize(100, 20_000), "a page of 20 parcels: 25 KB, not 128");
    assertEquals(128_000, ItemsJsonPage.PageBuffer.firstSize(100, 900_000), "never more than the limit needs");
    assertEquals(131_072, ItemsJsonPage.PageBuffer.firstSize(10_000, 900_000), "nor more than 128 KB");
    assertEquals(12_800, ItemsJsonPage.PageBuffer.firstSize(10, 20_000));
    assertEquals(4_096, ItemsJsonPage.PageBuffer.firstSize(100, 600), "at least 4 KB");
    assertEquals(4_096, ItemsJsonPage.PageBuffer.firstSize(1, 0));
  }

  /** An investor page (about 105 KB) after small items pages starts at its own size, and the reverse. */
  @Test
  void items_pages_and_investor_pages_each_keep_their_own_estimate() throws Exception {
    page(FeatureJsonRows.Form.INVESTOR, 80_000);
    page(FeatureJsonRows.Form.ITEMS, 8_000);
    page(FeatureJsonRows.Form.ITEMS, 8_000);
    try (ItemsJsonPage.PageBuffer investor = new ItemsJsonPage.PageBuffer(100, FeatureJsonRows.Form.INVESTOR);
        ItemsJsonPage.PageBuffer items = new ItemsJsonPage.PageBuffer(100, FeatureJsonRows.Form.ITEMS)) {
      assertEquals(100_000, investor.capacity(), "the last investor page and a quarter, not the items page's");
      assertEquals(10_000, items.capacity(), "the last items page and a quarter, not the investor page's");
    }
    page(FeatureJsonRows.Form.INVESTOR, 40_000);
    try (ItemsJsonPage.PageBuffer items = new ItemsJsonPage.PageBuffer(100, FeatureJsonRows.Form.ITEMS)) {
      assertEquals(10_000, items.capacity(), "an investor page leaves the items estimate");
    }
  }

  private static void page(FeatureJsonRows.Form form, int size) throws Exception {
    try (ItemsJsonPage.PageBuffer buffer = new ItemsJsonPage.PageBuffer(100, form)) {
      buffer.write(new byte[size]);
      buffer.bytes();
    }
  }

  @Test
  void a_page_larger_than_the_estimate_is_kept_whole() throws Exception {
    byte[] small = new byte[1_000];
    try (ItemsJsonPage.PageBuffer first = new ItemsJsonPage.PageBuffer(100, FeatureJsonRows.Form.ITEMS)) {
      first.write(small);
      first.bytes(); // the next estimate: 4 KB
    }
    byte[] large = new byte[300_000];
    for (int i = 0; i < large.length; i++) {
      large[i] = (byte) i;
    }
    try (ItemsJsonPage.PageBuffer second = new ItemsJsonPage.PageBuffer(100, FeatureJsonRows.Form.ITEMS)) {
      second.write(large, 0, 200_000);
      second.write(large, 200_000, 100_000);
      byte[] kept = java.util.Arrays.copyOf(second.bytes(), second.size());
      assertArrayEquals(large, kept);
    }
  }
}
