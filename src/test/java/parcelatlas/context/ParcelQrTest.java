package parcelatlas.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.Sql;
import parcelatlas.testing.DemoApp;

/**
 * The sheet's QR code (an SVG from the server) decodes, with zbar's {@code zbarimg} (installed by
 * {@code .ci/install-deps}), to the plot's page on the portal; parcels that are not land-ready get
 * none. The SVG's unit squares are painted into a PNG here, 8 pixels a module.
 */
@Tag("database")
class ParcelQrTest {
  private static final Pattern SQUARE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");
  @RegisterExtension
  static final DemoApp DEMO = new DemoApp();

  @Test
  void the_qr_code_decodes_to_the_plots_page_and_exists_only_for_land_ready_plots() throws Exception {
    String code = (String) Sql.rows(DEMO.storage(), "SELECT code FROM parcels WHERE status = 'listed' ORDER BY code").get(0).get("code");
    HttpResponse<String> svg = DEMO.app().get("/api/investor/parcels/" + code + "/qr.svg?lang=en");
    assertEquals(200, svg.statusCode());
    assertEquals("image/svg+xml", svg.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertEquals(DEMO.app().base() + "/?parcel=" + code + "&lang=en", decode(svg.body()));
    String hidden = (String) Sql.rows(DEMO.storage(), "SELECT code FROM parcels WHERE status = 'in_production' ORDER BY code").get(0).get("code");
    assertEquals(404, DEMO.app().get("/api/investor/parcels/" + hidden + "/qr.svg").statusCode());
    assertEquals(404, DEMO.app().get("/api/investor/parcels/" + "X".repeat(65) + "/qr.svg").statusCode());
  }

  /** Paints the SVG's modules and reads them back with zbarimg. */
  private static String decode(String svg) throws Exception {
    Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
    assertTrue(box.find(), svg);
    int size = Integer.parseInt(box.group(1));
    int scale = 8;
    BufferedImage image = new BufferedImage(size * scale, size * scale, BufferedImage.TYPE_BYTE_GRAY);
    var g = image.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, size * scale, size * scale);
    g.setColor(java.awt.Color.BLACK);
    Matcher m = SQUARE.matcher(svg);
    int modules = 0;
    while (m.find()) {
      g.fillRect(Integer.parseInt(m.group(1)) * scale, Integer.parseInt(m.group(2)) * scale, scale, scale);
      modules++;
    }
    g.dispose();
    assertTrue(modules > 100, "a QR code of a URL has many dark modules: " + modules);
    Path png = Files.createTempFile("qr-", ".png");
    try {
      ImageIO.write(image, "png", png.toFile());
      Process zbar = new ProcessBuilder("zbarimg", "--quiet", "--raw", png.toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(zbar.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      assertEquals(0, zbar.waitFor(), out);
      return out;
    } finally {
      Files.deleteIfExists(png);
    }
  }
}
