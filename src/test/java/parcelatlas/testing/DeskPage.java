package parcelatlas.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * The officials' desk (web/desk.html) in a browser test: opened signed in as staff on a day, fitted to
 * the city's extent ({@code /api/desk/extent?scope=city}) and settled (the labels laid out, the view's
 * features and figures loaded), the start of the tests of the desk map at city zoom.
 */
public final class DeskPage {
  private DeskPage() {}

  /** Waits until the desk is idle twice, a short pause before each (a layout may ask for another). */
  public static void settle(Browser browser) {
    browser.pause(Duration.ofMillis(400));
    browser.await("window.desk.idle()");
    browser.pause(Duration.ofMillis(300));
    browser.await("window.desk.idle()");
  }

  /** Fits the desk's map in {@code browser} (open, ready) to the city's extent of {@code city}, without animation, and settles. */
  public static void fitCity(DemoApp city, Browser browser) {
    JsonNode box = city.app().staff().json("/api/desk/extent?scope=city", 200).get("bbox");
    browser.driver().executeScript("window.desk.map.fitBounds([[arguments[1], arguments[0]], [arguments[3], arguments[2]]],"
        + " {animate: false})", box.get(0).asDouble(), box.get(1).asDouble(), box.get(2).asDouble(), box.get(3).asDouble());
    settle(browser);
  }

  /**
   * Opens {@code page} (a path, e.g. {@code /desk.html}) of {@code city} as of {@code day} in {@code browser}, signed in
   * as staff, waits until ready (failing on an error) and idle, then fits it to the city ({@link #fitCity}).
   */
  public static void atCityZoom(DemoApp city, Browser browser, String page, String day) {
    city.staffOn(browser, page + "?as_of=" + day, Duration.ofSeconds(180), "window.desk.ready");
    browser.await("window.desk.idle()");
    fitCity(city, browser);
  }
}
